"""Protections of the site as a whole: log-in lockout (django-axes) with the office's unlock and audit
listings, and the client address behind trusted reverse proxies (throttling and lockout key on it)."""
