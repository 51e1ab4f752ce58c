"""Domain errors the web layer maps to HTTP answers."""


class DomainError(Exception):
    status_code = 400


class NotFound(DomainError):
    """Absent, or another tenant's (the two are never told apart)."""

    status_code = 404


class Conflict(DomainError):
    status_code = 409


class Invalid(DomainError):
    status_code = 400


class Unauthorized(DomainError):
    status_code = 401
