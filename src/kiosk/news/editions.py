"""The portal's editions (az, ru, en): what differs per edition beyond translation.

The attribution line is a template of the edition, filled at render time; it is never
stored inside an article's text.
"""

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404


@dataclass(frozen=True)
class Edition:
    code: str
    name: str
    attribution: str  # with {portal} and {source}

    def attribution_line(self, source_name: str) -> str:
        return self.attribution.format(portal=settings.KIOSK_PORTAL_NAME, source=source_name)


EDITIONS: dict[str, Edition] = {
    "az": Edition("az", "Azərbaycanca", "{portal} «{source}» saytına istinadən xəbər verir."),
    "ru": Edition("ru", "Русский", "{portal} сообщает со ссылкой на «{source}»."),
    "en": Edition("en", "English", "{portal} reports, citing {source}."),
}


def edition_or_404(code: str) -> Edition:
    try:
        return EDITIONS[code]
    except KeyError:
        raise Http404(f"No edition {code!r}") from None
