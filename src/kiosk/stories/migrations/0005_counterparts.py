"""Stories in other languages (counterparts.py): a story's family, and the sketches'
language and cross-language keys. Keys are computed for the originals of the last six
days, the span the index keeps in memory; older articles are not matched across
languages."""

from django.db import migrations, models

BATCH = 2_000
SPAN = 6 * 86_400


def compute_cross_keys(apps, schema_editor):
    from kiosk.stories.fingerprint import fingerprint

    sketch_model = apps.get_model("stories", "Sketch")
    article_model = apps.get_model("news", "Article")
    originals = sketch_model.objects.filter(copy_of__isnull=True)
    newest = originals.aggregate(newest=models.Max("published"))["newest"]
    if newest is None:
        return
    ids = list(
        originals.filter(published__gte=newest - SPAN)
        .order_by("article_id")
        .values_list("article_id", flat=True)
    )
    for start in range(0, len(ids), BATCH):
        chunk = ids[start : start + BATCH]
        articles = article_model.objects.in_bulk(chunk)
        changed = []
        for sketch in sketch_model.objects.filter(article_id__in=chunk):
            article = articles.get(sketch.article_id)
            if article is None:
                continue
            fp = fingerprint(article.title, article.body, article.language)
            sketch.cross_keys = fp.cross.pack()
            changed.append(sketch)
        sketch_model.objects.bulk_update(changed, ["cross_keys"])


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0004_word_hash_shingles"),
    ]

    operations = [
        migrations.AddField(
            model_name="story",
            name="family",
            field=models.BigIntegerField(
                blank=True,
                db_index=True,
                help_text="Stories of one event in other languages share it (counterparts.py).",
                null=True,
            ),
        ),
        migrations.AddField(
            model_name="sketch",
            name="language",
            field=models.CharField(default="", max_length=8),
        ),
        migrations.AddField(
            model_name="sketch",
            name="cross_keys",
            field=models.BinaryField(
                default=b"", help_text="fingerprint.CrossKeys, originals only."
            ),
        ),
        migrations.RunSQL(
            "UPDATE stories_sketch SET language = COALESCE((SELECT language FROM news_article"
            " WHERE news_article.id = stories_sketch.article_id), '')",
            migrations.RunSQL.noop,
        ),
        migrations.RunPython(compute_cross_keys, migrations.RunPython.noop),
    ]
