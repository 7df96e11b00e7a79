"""Entry script of the bundle's console executable (``studio``): the CLI.

Named ``studio_cli`` (not ``studio``) so that it never shadows the package.
"""

from studio.cli import main

raise SystemExit(main())
