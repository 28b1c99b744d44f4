"""Build the POST data of an admin change form (with its inlines) as the browser would send it."""


def change_form_data(client, url: str, **changes) -> dict:
    """The change form at ``url`` as loaded, with ``changes`` applied; inline rows kept as they are."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if value is None:
            value = ""
        elif isinstance(value, list | tuple):
            value = [str(v) for v in value]
        elif hasattr(value, "isoformat"):
            value = value.isoformat()
        data[name] = value
        if field.widget.__class__.__name__ == "CheckboxInput" and not value:
            data.pop(name)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        prefix = formset.prefix
        # extra forms as the browser sends them: unchanged blank ones are ignored by Django,
        # filled ones (a draft's new rows) are kept
        data[f"{prefix}-TOTAL_FORMS"] = len(formset.forms)
        data[f"{prefix}-INITIAL_FORMS"] = len(formset.initial_forms)
        for index, inline_form in enumerate(formset.forms):
            for name in inline_form.fields:
                value = inline_form[name].value()
                if value is False:
                    continue  # an unticked checkbox is not sent
                data[f"{prefix}-{index}-{name}"] = "" if value is None else value
    data.update(changes)
    return data
