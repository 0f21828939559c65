"""`familyplan generate-demo --families N`: realistic made-up records, for trying oversight at scale."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from rich.console import Console
from rich.progress import Progress

from familyplan.web.accounts.commands import refuse
from familyplan.web.oversight.generate import generate


class Command(BaseCommand):
    help = "Fill the database with realistic made-up families, plans, reviews and actions."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--families", type=int, required=True, help="How many families to make.")
        parser.add_argument("--seed", type=int, default=1, help="The same seed makes the same families.")

    def handle(self, *args: Any, families: int, seed: int, **options: Any) -> None:
        if not 1 <= families <= 1_000_000:
            raise refuse("--families must be from 1 to 1000000")
        with Progress(console=Console(stderr=True)) as progress:
            task = progress.add_task("Making families", total=families)
            made = generate(families, seed=seed, progress=lambda n: progress.advance(task, n))
        Console().print(f"Made {made} families.", highlight=False)
