"""The kinds of actor, as the `kind` columns of the tables write them."""

PERSON, ORGANISATION, STATE, GROUP = "person", "organisation", "state", "group"
# The kinds of `aliases.csv` that are never actors: a place ("Europe") and a thing that takes a
# name ("COVID-19", a disease; "UTC", a time zone).
PLACE, THING = "place", "thing"
NOT_ACTORS = (PLACE, THING)
