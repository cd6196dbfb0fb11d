"""The portal's sections, named in each edition."""

from django.db import migrations

CATEGORIES = [
    ("politics", "Siyasət", "Политика", "Politics"),
    ("economy", "İqtisadiyyat", "Экономика", "Economy"),
    ("society", "Cəmiyyət", "Общество", "Society"),
    ("world", "Dünya", "В мире", "World"),
    ("sport", "İdman", "Спорт", "Sport"),
    ("tech", "Elm və texnologiya", "Наука и технологии", "Science & Tech"),
    ("culture", "Mədəniyyət", "Культура", "Culture"),
]


def create(apps, schema_editor):
    Category = apps.get_model("news", "Category")
    for position, (slug, az, ru, en) in enumerate(CATEGORIES):
        Category.objects.update_or_create(
            slug=slug, defaults={"position": position, "name_az": az, "name_ru": ru, "name_en": en}
        )


def remove(apps, schema_editor):
    apps.get_model("news", "Category").objects.filter(slug__in=[c[0] for c in CATEGORIES]).delete()


class Migration(migrations.Migration):
    dependencies = [("news", "0002_initial")]
    operations = [migrations.RunPython(create, remove)]
