"""`kiosk serve`: the portal under gunicorn."""

from django.core.management.base import BaseCommand, CommandError

from kiosk.serving import run_gunicorn


class Command(BaseCommand):
    help = "Serve the portal with gunicorn (a WSGI server; never runserver in production)."

    def add_arguments(self, parser):
        parser.add_argument("--bind", default="127.0.0.1:8000", help="ADDRESS:PORT to listen on.")
        parser.add_argument("--workers", type=int, default=2, help="Gunicorn worker processes.")

    def handle(self, *args, **options):
        self.stdout.write(f"Kiosk portal: http://{options['bind']}/")
        code = run_gunicorn(options["bind"], options["workers"])
        if code not in (0, -15):
            raise CommandError(f"gunicorn exited with status {code}.")
