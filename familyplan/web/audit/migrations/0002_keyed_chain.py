"""Entries keep a digest of their contents, and the chain links them with a keyed HMAC
(the key is in the server's settings, never in the database). Entries already written are
linked again, in order, under the key."""

import hashlib
import hmac
import json

from django.conf import settings
from django.db import migrations, models


def _content(event):
    return json.dumps(
        {
            "at": event.at.isoformat(),
            "user": event.user_id,
            "username": event.username,
            "action": event.action,
            "object_type": event.object_type,
            "object_id": event.object_id,
            "family_id": event.family_id,
            "detail": event.detail,
            "ip": event.ip_address,
        },
        sort_keys=True,
        default=str,
    )


def relink(apps, schema_editor):
    AuditEvent = apps.get_model("audit", "AuditEvent")
    AuditHead = apps.get_model("audit", "AuditHead")
    key = str(settings.AUDIT_KEY).encode()
    previous = "0" * 64
    # Hashes are unique: park the old ones out of the way first.
    for event in AuditEvent.objects.order_by("id").iterator():
        AuditEvent.objects.filter(pk=event.pk).update(hash=f"old-{event.pk}")
    for event in AuditEvent.objects.order_by("id").iterator():
        digest = hashlib.sha256(_content(event).encode()).hexdigest()
        chain = hmac.new(key, f"{previous}:{digest}".encode(), hashlib.sha256).hexdigest()
        AuditEvent.objects.filter(pk=event.pk).update(previous_hash=previous, content_digest=digest, hash=chain)
        previous = chain
    AuditHead.objects.filter(pk=1).update(last_hash=previous)


class Migration(migrations.Migration):
    dependencies = [("audit", "0001_initial")]

    operations = [
        migrations.AddField(
            model_name="auditevent",
            name="content_digest",
            field=models.CharField(blank=True, max_length=64),
        ),
        migrations.AddField(
            model_name="auditevent",
            name="redacted",
            field=models.BooleanField(default=False),
        ),
        migrations.RunPython(relink, migrations.RunPython.noop),
    ]
