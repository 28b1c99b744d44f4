"""The Living Labs map: the projection, the outlines, the markers and the list page's SVG."""

import html
import math
import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from portal import selectors
from portal.content import ContentError, Number
from portal.models import Country, LivingLab
from tests.factories import LivingLabFactory

pytestmark = pytest.mark.django_db


def _inside(point, ring) -> bool:
    """Ray casting: whether ``point`` (x, y) lies inside the polygon ``ring``."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _markers(response) -> list[dict]:
    page = html.unescape(response.content.decode())
    return [
        {"href": href, "title": title, "number": number}
        for href, title, number in re.findall(
            r'<a href="([^"]+)" class="lab-map__marker">\s*<title>([^<]+)</title>.*?'
            r'aria-hidden="true">(\d+)</text>',
            page,
            flags=re.S,
        )
    ]


# --- The projection and the outlines --------------------------------------------------


def test_map_project_puts_north_up_and_east_right():
    frame, _outlines = selectors.map_geodata()
    helsinki = selectors.map_project(24.94, 60.17, frame=frame)
    tallinn = selectors.map_project(24.75, 59.44, frame=frame)
    turku = selectors.map_project(22.27, 60.45, frame=frame)
    assert tallinn[1] > helsinki[1]  # south is further down
    assert turku[0] < helsinki[0]  # west is further left
    # One degree of latitude is ``scale`` units wherever it is.
    assert selectors.map_project(21.5, 60, frame=frame)[1] - selectors.map_project(
        21.5, 61, frame=frame
    )[1] == pytest.approx(frame.scale)
    # Along a parallel a degree of longitude shrinks with cos(latitude) (sinusoidal).
    south = (
        selectors.map_project(22.5, 56, frame=frame)[0]
        - selectors.map_project(21.5, 56, frame=frame)[0]
    )
    north = (
        selectors.map_project(22.5, 68, frame=frame)[0]
        - selectors.map_project(21.5, 68, frame=frame)[0]
    )
    assert south == pytest.approx(frame.scale * math.cos(math.radians(56)), abs=0.1)
    assert north == pytest.approx(frame.scale * math.cos(math.radians(68)), abs=0.1)


def test_map_outlines_fill_the_frame_with_a_margin():
    frame, outlines = selectors.map_geodata()
    assert {outline.code for outline in outlines} == {"ee", "fi", "lv", "se"}
    points = [
        selectors.map_project(lon, lat, frame=frame)
        for outline in outlines
        for ring in outline.rings
        for lon, lat in ring
    ]
    xs = [x for x, _y in points]
    ys = [y for _x, y in points]
    assert min(xs) == pytest.approx(frame.margin, abs=0.1)
    assert min(ys) == pytest.approx(frame.margin, abs=0.1)
    assert max(xs) <= frame.width - frame.margin + 1
    assert max(ys) <= frame.height - frame.margin + 1
    # Taller than wide, about 300 units across: legible at 320 px with no sideways scrolling.
    assert 250 <= frame.width <= 340 and frame.height > frame.width


def test_every_demo_lab_lies_inside_its_country_outline(network):
    frame, outlines = selectors.map_geodata()
    by_code = {outline.code: outline for outline in outlines}
    labs = list(LivingLab.objects.select_related("country"))
    assert len(labs) == 11
    for lab in labs:
        assert lab.latitude is not None and lab.longitude is not None, lab.slug
        point = selectors.map_project(lab.longitude, lab.latitude, frame=frame)
        rings = [
            [selectors.map_project(lon, lat, frame=frame) for lon, lat in ring]
            for ring in by_code[lab.country.code].rings
        ]
        # Within a marker's radius of the land: coastal cities sit on a simplified coast.
        near = [
            (point[0] + dx, point[1] + dy)
            for dx in (-selectors.MARKER_RADIUS, 0, selectors.MARKER_RADIUS)
            for dy in (-selectors.MARKER_RADIUS, 0, selectors.MARKER_RADIUS)
        ]
        assert any(_inside(spot, ring) for spot in near for ring in rings), lab.slug


def test_map_country_labels_lie_inside_the_map():
    frame, outlines = selectors.map_geodata()
    for outline in outlines:
        x, y = selectors.map_project(*outline.label, frame=frame)
        assert 30 <= x <= frame.width - 30 and 15 <= y <= frame.height, outline.code


# --- Markers ----------------------------------------------------------------------------


def test_spread_markers_parts_markers_of_one_city_and_keeps_them_close():
    riga = (150.0, 400.0)
    points = [riga, riga, riga, (150.0, 100.0)]
    spread = selectors.spread_markers(points, distance=22, width=300, height=480)
    for i, first in enumerate(spread):
        for second in spread[i + 1 :]:
            assert math.dist(first, second) >= 21.9
    for before, after in zip(points[:3], spread[:3], strict=True):
        assert math.dist(before, after) <= 22
    assert spread[3] == (150.0, 100.0)  # a lone marker stays where it is


def test_spread_markers_keeps_markers_inside_the_map():
    spread = selectors.spread_markers(
        [(0.0, 0.0), (300.0, 480.0)], distance=22, width=300, height=480
    )
    assert spread == [(11.0, 11.0), (289.0, 469.0)]


# --- Coordinates on the model and in content files -----------------------------------------


def test_living_lab_location_needs_both_coordinates():
    lab = LivingLab(name="Lab", slug="lab", latitude=Decimal("60.1699"), longitude=None)
    with pytest.raises(ValidationError):
        lab.validate_constraints()
    lab.longitude = Decimal("24.9384")
    lab.validate_constraints()


def test_content_number_refuses_a_latitude_out_of_range():
    latitude = Number(minimum=-90, maximum=90)
    assert latitude.clean("60.1699", "latitude") == Decimal("60.1699")
    with pytest.raises(ContentError, match="at most 90"):
        latitude.clean("160.1", "latitude")
    with pytest.raises(ContentError, match="not a number"):
        latitude.clean("nan", "latitude")


# --- The list page ----------------------------------------------------------------------------


def test_living_lab_list_map_has_a_marker_linking_to_each_lab(client, network):
    response = client.get("/en/living-labs/")
    markers = _markers(response)
    labs = list(LivingLab.objects.published().order_by("country__position", "name", "pk"))
    assert [marker["href"] for marker in markers] == [
        f"/en/living-labs/{lab.slug}/" for lab in labs
    ]
    assert [marker["number"] for marker in markers] == [str(n) for n in range(1, len(labs) + 1)]
    botnia = next(m for m in markers if m["href"].endswith("/botnia-living-lab/"))
    assert re.fullmatch(r"\d+\. Botnia Living Lab, Luleå, Sweden", botnia["title"])
    # Each marker's link opens its lab.
    assert client.get(botnia["href"]).status_code == 200
    page = response.content.decode()
    assert 'role="group" aria-labelledby="lab-map-caption"' in page
    # The list numbers its cards as the map does.
    assert re.findall(r'class="lab-card__number" aria-hidden="true">(\d+)<', page) == [
        marker["number"] for marker in markers
    ]


def test_living_lab_map_speaks_the_page_language(client, network):
    response = client.get("/fi/living-labs/")
    markers = _markers(response)
    botnia = next(m for m in markers if m["href"] == "/fi/living-labs/botnia-living-lab/")
    assert botnia["title"].endswith("Botnia Living Lab, Luulaja, Ruotsi")
    assert ">Suomi</text>" in response.content.decode()


def test_living_lab_map_shows_only_the_filtered_labs(client, network):
    response = client.get("/en/living-labs/?country=fi")
    hrefs = {marker["href"] for marker in _markers(response)}
    finnish = set(
        LivingLab.objects.published().filter(country__code="fi").values_list("slug", flat=True)
    )
    assert hrefs == {f"/en/living-labs/{slug}/" for slug in finnish}
    # All four countries are still drawn.
    assert response.content.decode().count('class="lab-map__country lab-map__country--') == 4


def test_living_lab_without_a_location_is_listed_but_not_on_the_map(client, network):
    lab = LivingLab.objects.get(slug="vidzeme-living-lab")
    lab.latitude = lab.longitude = None
    lab.save()
    response = client.get("/en/living-labs/")
    page = html.unescape(response.content.decode())
    assert "/en/living-labs/vidzeme-living-lab/" not in {m["href"] for m in _markers(response)}
    assert '<a href="/en/living-labs/vidzeme-living-lab/">Vidzeme Living Lab</a>' in page
    assert "1 lab has no location yet and is only in the list." in " ".join(page.split())


def test_living_lab_list_without_results_has_no_map(client, network):
    response = client.get("/en/living-labs/?country=lv&users=pupils")
    assert response.status_code == 200
    assert "lab-map" not in response.content.decode()


def test_living_lab_map_costs_one_query_for_the_labs(network, django_assert_num_queries):
    frame, _outlines = selectors.map_geodata()
    countries = selectors.living_lab_taxonomy().countries
    with django_assert_num_queries(1):
        lab_map = selectors.living_lab_map(selectors.living_lab_list(), countries=countries)
    assert len(lab_map.markers) == 11
    assert lab_map.width == frame.width
    rows = list(selectors.living_lab_list())
    with django_assert_num_queries(0):
        assert selectors.living_lab_map(rows, countries=countries).markers == lab_map.markers


def test_living_lab_map_draws_every_page_of_labs(client, network):
    finland = Country.objects.get(code="fi")
    LivingLabFactory.create_batch(
        10, country=finland, latitude=Decimal("62.2426"), longitude=Decimal("25.7473")
    )
    response = client.get("/en/living-labs/")
    assert response.content.decode().count('class="card lab-card"') == 20
    markers = _markers(response)
    assert len(markers) == 21
    assert [marker["number"] for marker in markers] == [str(n) for n in range(1, 22)]
    # Ten labs in Jyväskylä: ten markers, none on top of another.
    lab_map = selectors.living_lab_map(selectors.living_lab_list())
    points = [(marker.x, marker.y) for marker in lab_map.markers]
    assert all(
        math.dist(first, second) >= selectors.MARKER_DISTANCE - 0.1
        for index, first in enumerate(points)
        for second in points[index + 1 :]
    )
