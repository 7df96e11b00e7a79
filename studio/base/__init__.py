"""The bottom layer every other layer may import: error types and the translation hook.

Nothing here imports another part of the app, so the store can raise translated,
user-facing errors without importing the domain core.
"""
