"""The phone channel's network side: the web server, its page, QR codes and limits.

Qt-free; the decisions live in :mod:`studio.core.phone_channel`.
"""
