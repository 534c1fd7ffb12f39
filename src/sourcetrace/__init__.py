"""sourcetrace: trace every claim in the news back to who made it."""

__version__ = "0.2.0"
