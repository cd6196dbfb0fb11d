"""API: the JSON API with django-ninja. Not built yet."""
