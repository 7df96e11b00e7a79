"""Phones as a second participant channel: a small web server inside the app and its page."""
