"""Data files of Co-Design Studio: scenario cards, translations, icons, styles.

Installed as the package ``studio.resources``; see ``studio.paths``.
"""
