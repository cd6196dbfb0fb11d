"""A separate process counting views, for the multi-process and crash tests.

python views_process.py setup            migrate KIOSK_DATA_DIR's database, print an article id
python views_process.py crash ID N M     count N views, flush, count M more, then SIGKILL
python views_process.py timer ID N       count N views through the beacon (which starts the
                                         flush timer), wait for the timer's flush, SIGKILL
"""

import os
import signal
import sys
import time
from datetime import UTC, datetime

UA = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kiosk.settings")
    import django

    django.setup()
    command, *args = sys.argv[1:]
    if command == "setup":
        from django.core.management import call_command

        from kiosk.news.models import Article
        from kiosk.sources.models import Source

        call_command("migrate", verbosity=0)
        source = Source.objects.create(
            slug="views", name="Views", homepage="https://views.example/", language="en"
        )
        now = datetime.now(UTC)
        ids = [
            Article.objects.create(
                source=source, url=f"https://views.example/{n}",
                final_url=f"https://views.example/{n}", title=f"Article {n}", body="Text.",
                language="en", published_at=now, archived_at=now,
            ).pk
            for n in range(3)
        ]  # fmt: skip
        print(" ".join(map(str, ids)))
        return

    from kiosk.readership.buffer import get_buffer
    from kiosk.readership.models import ArticleViews
    from kiosk.readership.services import flush_views

    article = int(args[0])
    if command == "crash":
        first, then = int(args[1]), int(args[2])
        for n in range(first):
            get_buffer().record(f"{n:032x}", article, time.time())
        flush_views()
        for n in range(first, first + then):
            get_buffer().record(f"{n:032x}", article, time.time())
    elif command == "timer":
        from kiosk.readership.beacon import handle

        count = int(args[1])
        for n in range(count):
            meta = {"REMOTE_ADDR": f"192.0.2.{n}", "HTTP_USER_AGENT": UA}
            assert handle(meta, str(article)).status == 204
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            total = ArticleViews.objects.filter(article_id=article).values_list("total", flat=True)
            if list(total) == [count]:
                break
            time.sleep(0.05)
    sys.stdout.flush()
    os.kill(os.getpid(), signal.SIGKILL)  # a crash: no atexit, no flush


if __name__ == "__main__":
    main()
