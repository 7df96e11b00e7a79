"""Widgets and small models shared by several windows: the live results chart, the item
timer, the agenda as the console and the shared screen read it."""
