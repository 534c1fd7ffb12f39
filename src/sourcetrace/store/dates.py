"""The date a stored article is filed under, apart from the database code so `batch` can use it without SQLAlchemy."""
from __future__ import annotations

import re
from typing import Optional

from ..models import Article


def sort_date(article: Article) -> Optional[str]:
    """A full ISO date to filter on: the publication date (month-only padded), else the page date."""
    value = article.published or article.page_date
    return pad_date(value, "01")[:10] if value else None


def pad_date(value: str, day: str) -> str:
    """'2021' and '2021-11' become full dates at the start (or end) of that year or month."""
    if re.fullmatch(r"\d{4}", value):
        return f"{value}-{'01' if day == '01' else '12'}-{day}"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{value}-{day}"
    return value
