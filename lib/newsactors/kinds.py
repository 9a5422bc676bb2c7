"""The kinds of actor, as the `kind` columns of the tables write them."""

PERSON, ORGANISATION, STATE, GROUP = "person", "organisation", "state", "group"
