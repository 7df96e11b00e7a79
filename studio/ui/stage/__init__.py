"""The shared screen: everything participants see on the projector or touch screen.

The window (:mod:`window`), the kiosk guard and PIN pad, the scenario card, the
participant flow and one answer widget per activity kind (:mod:`answers`), the notes
board and dot voting as the room sees them, and their style. It speaks the workshop's
language. Nothing here imports a feature folder (console, board tab, planner).
"""
