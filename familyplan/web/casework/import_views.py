"""The bulk import page: many plan files at once, with a report for each file and each row.

The same limits and refusals as `familyplan import`: every file is measured before it
is read (FAMILYPLAN_LIMIT_FILE_BYTES), at most FAMILYPLAN_LIMIT_UPLOAD_FILES files at
a time, and each file comes in whole or not at all.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from familyplan.formats import SUPPORTED
from familyplan.plan.limits import current, size
from familyplan.web.accounts import permissions
from familyplan.web.casework.importing import FileResult, import_batch


def _safe_name(upload: UploadedFile, number: int) -> str:
    name = Path(str(upload.name or "")).name.replace("\x00", "")[:200]
    return name or f"file-{number}"


def _saved(upload: UploadedFile, folder: Path, number: int) -> tuple[str, Path | FileResult]:
    """The upload written to the folder, or the reason it was refused before being read."""
    name = _safe_name(upload, number)
    path = folder / f"{number:03d}" / name
    limits = current()
    if (upload.size or 0) > limits.file_bytes:
        reason = _("the file is larger than %(most)s (limit FAMILYPLAN_LIMIT_FILE_BYTES)") % {
            "most": size(limits.file_bytes)
        }
        return name, FileResult(Path(name), "failed", reason=reason)
    path.parent.mkdir()
    with path.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return name, path


def _imported(request: HttpRequest, uploads: list[UploadedFile], dry_run: bool) -> list[FileResult]:
    """Each upload's result, in order; the files are imported (or tried) as one batch."""
    with tempfile.TemporaryDirectory(prefix="familyplan-upload-") as folder:
        saved = [_saved(u, Path(folder), n) for n, u in enumerate(uploads, start=1)]
        paths = [item for _, item in saved if isinstance(item, Path)]
        done = iter(import_batch(paths, request.user, dry_run=dry_run))  # type: ignore[arg-type]
        results = []
        for name, item in saved:
            result = next(done) if isinstance(item, Path) else item
            result.path = Path(name)
            results.append(result)
        return results


@permissions.asks(permissions.FAMILY_CREATE)
@permissions.signed_in
def import_files(request: HttpRequest) -> HttpResponse:
    permissions.require(request.user, permissions.FAMILY_CREATE)
    limits = current()
    context: dict[str, Any] = {
        "accept": ",".join(SUPPORTED),
        "most_files": limits.upload_files,
        "most_bytes": size(limits.file_bytes),
    }
    if request.method == "POST":
        uploads = request.FILES.getlist("files")
        dry_run = request.POST.get("dry_run") == "1"
        if not uploads:
            context["error"] = _("Choose one or more plan files to import.")
        elif len(uploads) > limits.upload_files:
            context["error"] = _(
                "Choose at most %(most)d files at a time (limit FAMILYPLAN_LIMIT_UPLOAD_FILES)."
            ) % {"most": limits.upload_files}
        else:
            results = _imported(request, uploads, dry_run)
            context.update(results=results, dry_run=dry_run, counts=_counts(results))
    status = 400 if "error" in context else 200
    return render(request, "casework/import.html", context, status=status)


def _counts(results: list[FileResult]) -> dict[str, int]:
    return {
        "imported": sum(r.status == "imported" for r in results),
        "would_import": sum(r.status == "would import" for r in results),
        "already": sum(r.status == "already imported" for r in results),
        "failed": sum(r.status == "failed" for r in results),
    }
