"""Site search: the one function the search page calls, whatever the database.

``search(query, language=…, filters=…, page=…)`` finds the published documents of the
index (``portal.search_index``) in the page's language; when that language has none,
it looks in the other four and says so. PostgreSQL ranks with ``ts_rank`` over a
weighted ``tsvector`` (title A, summary B, body C) matched with ``websearch_to_tsquery``
in the language's configuration (in a narrow table of its own, ``portal_searchvector``),
highlights the shown page's hits with ``ts_headline`` and suggests a spelling with
``pg_trgm``; SQLite uses FTS5 (``bm25``, ``snippet``) with accents removed. At most
``MAX_RANKED`` hits are ranked and paged, all are counted. Every search runs a fixed
number of SQL queries, however many hits it has.
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db import connection
from django.utils.functional import Promise
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from portal import search_index
from portal.pagination import PER_PAGE, page_number, with_links

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# A search ranks (and pages through) at most this many hits; it still counts them all.
MAX_RANKED = 500
_START, _STOP = "\ue000", "\ue001"  # private-use marks, turned into <mark> after escaping
_TERM = re.compile(r"[^\W_]+")
# No stemmer for these in PostgreSQL: every word also matches as a prefix (its inflections).
PREFIX_LANGUAGES = ("et", "lv")


@dataclass(frozen=True)
class SearchFilters:
    kind: str | None = None
    country: str | None = None
    sector: str | None = None


@dataclass(frozen=True)
class SearchHit:
    kind: str
    kind_label: str | Promise
    language: str
    title: str
    url: str
    snippet: SafeString


@dataclass
class SearchResults:
    query: str
    page: Page | None = None
    counts: list[dict] = field(default_factory=list)  # [{"kind", "label", "count"}] of all hits
    total: int = 0
    other_languages: bool = False  # the page's language had nothing: hits are in others
    suggestion: str = ""

    @property
    def capped(self) -> bool:
        """More hits than a search ranks: the pages show the best ``MAX_RANKED`` of them."""
        return self.total > MAX_RANKED

    @property
    def hits(self) -> list[SearchHit]:
        return list(self.page.object_list) if self.page else []


def clean_query(raw: str) -> str:
    """The query as searched: without control characters, spaces squeezed, at most 200 characters."""
    text = "".join(char if char.isprintable() else " " for char in raw or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


def search(
    query: str, *, language: str, filters: SearchFilters | None = None, page: object = 1
) -> SearchResults:
    """The hits of ``query`` for a page in ``language``: one page of them, counts per type."""
    query = clean_query(query)
    results = SearchResults(query=query)
    terms = _TERM.findall(query)[:MAX_TERMS]
    if not terms:
        return results
    filters = filters or SearchFilters()
    if language not in search_index.LANGUAGES:
        language = search_index.LANGUAGES[0]
    backend = _PostgresBackend() if connection.vendor == "postgresql" else _SqliteBackend()
    others = [code for code in search_index.LANGUAGES if code != language]
    languages = [language]
    counts = backend.counts(query, terms, languages, filters)
    if not counts:
        languages = others
        counts = backend.counts(query, terms, languages, filters)
        results.other_languages = bool(counts)
    if not counts:
        results.suggestion = backend.suggestion(terms, language)
        return results
    labels = search_index.kind_labels()
    results.counts = [
        {"kind": kind, "label": label, "count": counts[kind]}
        for kind, label in labels.items()
        if counts.get(kind)
    ]
    total = counts.get(filters.kind, 0) if filters.kind else sum(counts.values())
    results.total = total
    sequence = _Hits(backend, query, terms, languages, filters, min(total, MAX_RANKED), labels)
    paginator = Paginator(sequence, PER_PAGE)
    results.page = with_links(paginator.page(page_number(page, paginator.num_pages)))
    return results


class _Hits:
    """A lazy sequence for the Paginator: its length is known, a slice runs one query."""

    def __init__(self, backend, query, terms, languages, filters, total, labels):
        self.backend, self.query, self.terms = backend, query, terms
        self.languages, self.filters, self.total, self.labels = languages, filters, total, labels

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, window: slice) -> list[SearchHit]:
        rows = self.backend.hits(
            self.query,
            self.terms,
            self.languages,
            self.filters,
            limit=window.stop - window.start,
            offset=window.start,
        )
        return [
            SearchHit(
                kind=kind,
                kind_label=self.labels.get(kind, kind),
                language=row_language,
                title=title,
                url=url,
                snippet=_highlighted(snippet or ""),
            )
            for kind, row_language, title, url, snippet in rows
        ]


def _highlighted(text: str) -> SafeString:
    return mark_safe(escape(text).replace(_START, "<mark>").replace(_STOP, "</mark>"))


def _filter_sql(filters: SearchFilters, *, with_kind: bool, alias: str = "d") -> tuple[str, list]:
    sql, params = "", []
    if with_kind and filters.kind:
        sql += f" AND {alias}.kind = %s"
        params.append(filters.kind)
    if filters.country:
        sql += f" AND {alias}.countries LIKE %s"
        params.append(f"%|{filters.country}|%")
    if filters.sector:
        sql += f" AND {alias}.sectors LIKE %s"
        params.append(f"%|{filters.sector}|%")
    return sql, params


# The SQL below is put together from constant fragments only; every value is a parameter.
def _fetch(sql: str, params: list) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


class _PostgresBackend:
    """Counts and ranks over the narrow ``portal_searchvector`` (migration ``0010``).

    Only the hits of the shown page are joined back to their texts for ``ts_headline``.
    A query matching more than ``MAX_RANKED`` documents ranks a bounded candidate set:
    up to that many title and summary hits (the ``head`` vector) and as many others.
    """

    HEADLINE = (
        f'StartSel="{_START}", StopSel="{_STOP}", MaxWords=30, MinWords=12, '
        'MaxFragments=2, FragmentDelimiter=" … "'
    )

    @staticmethod
    def _tsquery(code: str, query: str, terms: list[str]) -> tuple[str, list]:
        """The tsquery of ``query`` in the language ``code``, with its params."""
        if code in PREFIX_LANGUAGES:
            return "to_tsquery(ballad_search_config(%s), %s)", [
                code,
                " & ".join(f"{term}:*" for term in terms),
            ]
        return "websearch_to_tsquery(ballad_search_config(%s), %s)", [code, query]

    def _match(self, column, query, terms, languages) -> tuple[str, list]:
        clauses, params = [], []
        for code in languages:
            tsquery, tsquery_params = self._tsquery(code, query, terms)
            clauses.append(f"(v.language = %s AND v.{column} @@ {tsquery})")
            params += [code, *tsquery_params]
        return "v.is_published AND (" + " OR ".join(clauses) + ")", params

    def _per_language(self, template, alias, query, terms, languages) -> tuple[str, list]:
        """``template`` (with ``{q}`` for the tsquery) evaluated in the row's language."""
        if len(languages) == 1:
            tsquery, params = self._tsquery(languages[0], query, terms)
            return template.format(q=tsquery), params
        sql, params = f"CASE {alias}.language", []
        for code in languages:
            tsquery, tsquery_params = self._tsquery(code, query, terms)
            sql += f" WHEN %s THEN {template.format(q=tsquery)}"
            params += [code, *tsquery_params]
        return sql + " END", params

    def _headline(self, query, terms, languages) -> tuple[str, list]:
        """``ts_headline`` of the row's text in its language.

        Estonian and Latvian are highlighted with ``simple`` + ``unaccent`` and each word cut
        to its likely stem (the Latvian Ispell dictionary finds "pacienti" for "pacientiem"
        but parses 25 times slower, too slow for whole texts).
        """
        sql, params = "CASE d.language", []
        for code in languages:
            if code in PREFIX_LANGUAGES:
                stems = " & ".join(f"{term[: max(4, len(term) - 3)]}:*" for term in terms)
                tsquery, tsquery_params = "to_tsquery('public.ballad_unaccent', %s)", [stems]
                config, config_params = "'public.ballad_unaccent'::regconfig", []
            else:
                tsquery, tsquery_params = self._tsquery(code, query, terms)
                config, config_params = "ballad_search_config(%s)", [code]
            sql += f" WHEN %s THEN ts_headline({config}, d.summary || ' ' || d.body, {tsquery}, %s)"
            params += [code, *config_params, *tsquery_params, self.HEADLINE]
        return sql + " END", params

    def counts(self, query, terms, languages, filters) -> dict[str, int]:
        match, params = self._match("search_vector", query, terms, languages)
        extra, extra_params = _filter_sql(filters, with_kind=False, alias="v")
        rows = _fetch(
            f"SELECT v.kind, count(*) FROM portal_searchvector v WHERE {match}{extra} "  # noqa: S608
            "GROUP BY v.kind",
            params + extra_params,
        )
        return dict(rows)

    def hits(self, query, terms, languages, filters, *, limit, offset) -> list[tuple]:
        head, head_params = self._match("head", query, terms, languages)
        match, params = self._match("search_vector", query, terms, languages)
        extra, extra_params = _filter_sql(filters, with_kind=True, alias="v")
        rank, rank_params = self._per_language(
            "ts_rank(v.search_vector, {q})", "v", query, terms, languages
        )
        headline, headline_params = self._headline(query, terms, languages)
        # Every title and summary hit (up to MAX_RANKED) and as many others are ranked;
        # only the page's hits are joined to their texts for the snippet.
        return _fetch(
            f"WITH candidate AS ((SELECT v.document_id, {rank} AS rank "  # noqa: S608
            f"FROM portal_searchvector v WHERE {head}{extra} LIMIT %s) UNION ALL "
            f"(SELECT v.document_id, {rank} AS rank "
            f"FROM portal_searchvector v WHERE {match}{extra} LIMIT %s)), "
            "hit AS (SELECT document_id, max(rank) AS rank FROM candidate GROUP BY document_id "
            "ORDER BY rank DESC, document_id LIMIT %s OFFSET %s) "
            f"SELECT d.kind, d.language, d.title, d.url, {headline} "
            "FROM hit JOIN portal_searchdocument d ON d.id = hit.document_id "
            "ORDER BY hit.rank DESC, hit.document_id",
            [
                *rank_params,
                *head_params,
                *extra_params,
                MAX_RANKED,
                *rank_params,
                *params,
                *extra_params,
                MAX_RANKED,
                limit,
                offset,
                *headline_params,
            ],
        )

    def suggestion(self, terms: list[str], language: str) -> str:
        """The query with each unknown word replaced by the most similar word of the index."""
        rows = _fetch(
            "SELECT t.term, (SELECT w.word FROM portal_searchword w "
            "WHERE w.language = %s AND w.word %% t.term "
            "ORDER BY similarity(w.word, t.term) DESC, w.word LIMIT 1) "
            "FROM unnest(%s::text[]) WITH ORDINALITY AS t(term, n) ORDER BY t.n",
            [language, [term.lower() for term in terms]],
        )
        suggested = " ".join(word or term for term, word in rows)
        return suggested if suggested != " ".join(term.lower() for term in terms) else ""


class _SqliteBackend:
    def _match(self, terms: list[str], languages: list[str]) -> tuple[str, list]:
        # Each term quoted (FTS5 syntax in the query is text, never an operator);
        # longer terms also match as prefixes, which covers simple inflection.
        fts_query = " ".join(f'"{term}"*' if len(term) >= 3 else f'"{term}"' for term in terms)
        placeholders = ", ".join(["%s"] * len(languages))
        return (
            "portal_searchdocument_fts MATCH %s AND d.is_published "
            f"AND d.language IN ({placeholders})",
            [fts_query, *languages],
        )

    def counts(self, query, terms, languages, filters) -> dict[str, int]:
        match, params = self._match(terms, languages)
        extra, extra_params = _filter_sql(filters, with_kind=False)
        rows = _fetch(
            "SELECT d.kind, count(*) FROM portal_searchdocument_fts "  # noqa: S608
            "JOIN portal_searchdocument d ON d.id = portal_searchdocument_fts.rowid "
            f"WHERE {match}{extra} GROUP BY d.kind",
            params + extra_params,
        )
        return dict(rows)

    def hits(self, query, terms, languages, filters, *, limit, offset) -> list[tuple]:
        match, params = self._match(terms, languages)
        extra, extra_params = _filter_sql(filters, with_kind=True)
        return _fetch(
            "SELECT d.kind, d.language, d.title, d.url, "  # noqa: S608
            "snippet(portal_searchdocument_fts, -1, %s, %s, ' … ', 24) "
            "FROM portal_searchdocument_fts "
            "JOIN portal_searchdocument d ON d.id = portal_searchdocument_fts.rowid "
            f"WHERE {match}{extra} "
            "ORDER BY bm25(portal_searchdocument_fts, 10.0, 4.0, 1.0), d.id LIMIT %s OFFSET %s",
            [_START, _STOP, *params, *extra_params, limit, offset],
        )

    def suggestion(self, terms: list[str], language: str) -> str:
        return ""  # pg_trgm is PostgreSQL's; the embedded database goes without
