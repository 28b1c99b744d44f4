"""Load the readiness check's questions from ``counseling/content/readiness.yaml``.

Creates the dimensions, questions and options that are missing (by slug) and never
overwrites what partner editors changed in the admin, so it is safe to run again. A file
that breaks the format is rejected with its path and the field at fault, before anything is
written.
"""

from pathlib import Path

import yaml
from django.db import transaction

from counseling.models import ReadinessDimension, ReadinessOption, ReadinessQuestion
from counseling.readiness_models import MAX_WEIGHT
from portal.demo_utils import LANGUAGE_CODES, translated
from portal.models import Barrier, Sector

CONTENT_FILE = Path(__file__).resolve().parent / "content" / "readiness.yaml"


class ContentError(ValueError):
    pass


def _texts(where: str, data: dict, name: str, *, required: bool = True) -> dict[str, str]:
    values = data.get(name) or {}
    if not required and not values:
        return {}
    if not isinstance(values, dict) or any(
        not isinstance(values.get(code), str) or not values.get(code) for code in LANGUAGE_CODES
    ):
        raise ContentError(f"{CONTENT_FILE}: {where}: {name!r} needs a text in each language")
    return translated(name, values)


def _slug(where: str, data: dict) -> str:
    slug = data.get("slug")
    if not isinstance(slug, str) or not slug:
        raise ContentError(f"{CONTENT_FILE}: {where}: 'slug' must be a text")
    return slug


@transaction.atomic
def load(*, stdout=None, path: Path = CONTENT_FILE) -> int:
    """Create what is missing; returns how many questions were created."""
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    barriers = {barrier.slug: barrier for barrier in Barrier.objects.all()}
    sectors = {sector.slug: sector for sector in Sector.objects.all()}
    dimensions = {}
    for position, data in enumerate(content.get("dimensions", [])):
        slug = _slug(f"dimension {position + 1}", data)
        where = f"dimension {slug!r}"
        unknown = [name for name in data.get("barriers", []) if name not in barriers]
        if unknown:
            raise ContentError(f"{CONTENT_FILE}: {where}: unknown barriers {unknown}")
        dimension, created = ReadinessDimension.objects.get_or_create(
            slug=slug,
            defaults={
                "position": position,
                "step_number": data.get("step"),
                **_texts(where, data, "name"),
                **_texts(where, data, "description"),
                **_texts(where, data, "advice"),
            },
        )
        if created:
            dimension.barriers.set([barriers[name] for name in data.get("barriers", [])])
        dimensions[slug] = dimension
    created_questions = 0
    for position, data in enumerate(content.get("questions", [])):
        slug = _slug(f"question {position + 1}", data)
        where = f"question {slug!r}"
        if data.get("dimension") not in dimensions:
            raise ContentError(
                f"{CONTENT_FILE}: {where}: unknown dimension {data.get('dimension')!r}"
            )
        sector_slug = data.get("sector")
        if sector_slug is not None and sector_slug not in sectors:
            raise ContentError(f"{CONTENT_FILE}: {where}: unknown sector {sector_slug!r}")
        options = data.get("options") or []
        if len(options) < 2:
            raise ContentError(f"{CONTENT_FILE}: {where}: 'options' needs at least two answers")
        question, created = ReadinessQuestion.objects.get_or_create(
            slug=slug,
            defaults={
                "dimension": dimensions[data["dimension"]],
                "sector": sectors.get(sector_slug) if sector_slug else None,
                "position": position,
                **_texts(where, data, "text"),
                **_texts(where, data, "help_text", required=False),
            },
        )
        if not created:
            continue
        created_questions += 1
        for option_position, option in enumerate(options):
            option_slug = _slug(f"{where} option {option_position + 1}", option)
            weight = option.get("weight")
            if not isinstance(weight, int) or not 0 <= weight <= MAX_WEIGHT:
                raise ContentError(
                    f"{CONTENT_FILE}: {where} option {option_slug!r}: 'weight' must be 0 to {MAX_WEIGHT}"
                )
            ReadinessOption.objects.create(
                question=question,
                slug=option_slug,
                weight=weight,
                position=option_position,
                **_texts(f"{where} option {option_slug!r}", option, "text"),
            )
    if stdout is not None:
        stdout.write(f"Readiness check: {created_questions} questions added")
    return created_questions
