"""Shingles are now hashed from the words' hashes (fingerprint._shingles), so the text
hashes and MinHash signatures stored before are recomputed from the articles; the index
gets a new id, so that a band snapshot of the old signatures is never loaded (the bands
are rebuilt from the sketches at the next start). A sketch whose article is gone keeps
its old values: it can no longer be found as a near-copy's original."""

import uuid

from django.db import migrations

BATCH = 2_000


def recompute(apps, schema_editor):
    from kiosk.stories.fingerprint import fingerprint

    sketch_model = apps.get_model("stories", "Sketch")
    article_model = apps.get_model("news", "Article")
    ids = list(sketch_model.objects.order_by("article_id").values_list("article_id", flat=True))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        articles = article_model.objects.in_bulk(chunk)
        changed = []
        for sketch in sketch_model.objects.filter(article_id__in=chunk):
            article = articles.get(sketch.article_id)
            if article is None:
                continue
            fp = fingerprint(article.title, article.body, article.language)
            sketch.text_hash, sketch.shingles = fp.text_hash, fp.shingle_count
            sketch.signature = fp.signature.tobytes()
            changed.append(sketch)
        sketch_model.objects.bulk_update(changed, ["text_hash", "shingles", "signature"])
    apps.get_model("stories", "TermStats").objects.update(index_id=uuid.uuid4().hex)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0003_sketch_source"),
        ("news", "0008_rich_extraction_and_revisions"),
    ]

    operations = [migrations.RunPython(recompute, migrations.RunPython.noop)]
