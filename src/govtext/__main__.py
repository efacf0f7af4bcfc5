"""``python -m govtext`` runs the command-line tool."""

from govtext.cli import main

raise SystemExit(main())
