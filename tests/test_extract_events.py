"""Events: types, dates against publication, places, participants, one node per event, no vague events."""
from __future__ import annotations

import pytest

from newsgraph.loaders.event_triggers import group
from newsgraph.schema import Article

pytestmark = pytest.mark.slow

PUBLISHED = "2025-03-14"  # a Friday


def run(extractor, text, date=PUBLISHED):
    res = extractor.extract(Article(text=text, published=date))
    names = {e.id: e.name for e in res.entities}
    roles = {(names[r.source], r.type, next(e.type for e in res.events if e.id == r.target))
             for r in res.relations if r.target.startswith("event:") and r.type != "MENTIONS"}
    return res, names, roles


def test_shooting_on_weekday_with_target_and_place(extractor):
    res, names, roles = run(extractor, "Col. Ivan Rusu was shot several times in his flat in northern "
                                       "Chisinau on Wednesday.")
    [ev] = res.events
    assert ev.type == "shooting" and ev.date == "2025-03-12"
    assert ("Ivan Rusu", "TARGET_OF", "shooting") in roles
    assert any(r.type == "OCCURRED_IN" and names[r.target] == "Chisinau" for r in res.relations)


def test_same_event_mentioned_twice_is_one_node(extractor):
    res, _, _ = run(extractor, "Col. Ivan Rusu was shot in Chisinau on Wednesday. Police said the attack "
                               "was carefully planned. The shooting shocked the capital.")
    assert [e.type for e in res.events] == ["shooting"]
    assert len(res.events[0].evidence) == 3


def test_a_day_after_counts_from_the_referenced_event(extractor):
    res, _, roles = run(extractor, "Col. Ivan Rusu was shot in Chisinau on Wednesday. The attack came a day "
                                   "after Moldovan and Romanian delegations met in Iasi.")
    talks = next(e for e in res.events if e.type == "meeting")
    assert talks.date == "2025-03-11"
    assert {("Moldova", "PARTICIPATED_IN", "meeting"), ("Romania", "PARTICIPATED_IN", "meeting")} <= roles


def test_in_year_and_mutiny_perpetrator(extractor):
    res, _, roles = run(extractor, "The 2019 mutiny was led by Col. Bakary Sanogo.")
    [ev] = res.events
    assert ev.type == "mutiny" and ev.date == "2019"
    assert ("Bakary Sanogo", "PERPETRATOR_OF", "mutiny") in roles


def test_last_month_arrest(extractor):
    res, _, roles = run(extractor, "Police arrested Karim Benali last month.")
    [ev] = res.events
    assert ev.type == "arrest" and ev.date == "2025-02"
    assert ("Karim Benali", "TARGET_OF", "arrest") in roles


def test_demonym_perpetrator_of_strike(extractor):
    res, _, roles = run(extractor, "An Israeli airstrike on Tyre on Thursday killed commander Ali Haddad.")
    assert ("Israel", "PERPETRATOR_OF", "attack") in roles
    assert next(e for e in res.events).date == "2025-03-13"


def test_accused_of_and_suspected_of_with_by(extractor):
    res, names, roles = run(extractor, "Col. Ivan Rusu was shot in Chisinau on Wednesday. Moldova accused "
                                       "Dorin Lupu of ordering the shooting. Reports suggested Transnistria "
                                       "had carried out the attack.")
    acc = next(r for r in res.relations if r.type == "ACCUSED_OF")
    assert names[acc.source] == "Dorin Lupu" and acc.properties["by"] == ["country:moldova"]
    assert ("Dorin Lupu", "PERPETRATOR_OF", "shooting") not in roles


def test_vague_negated_and_plural_generic_words_make_no_event(extractor):
    res, _, _ = run(extractor, "The gunman has not been arrested. Militants have carried out attacks on "
                               "officers for years. Ministers would meet if talks resumed.")
    assert res.events == []


def test_dated_sanction_is_an_event_undated_is_not(extractor):
    res, _, roles = run(extractor, "Norway sanctioned Erik Dahl on Tuesday. Sweden has sanctioned Lars Berg.")
    assert [(e.type, e.date) for e in res.events] == [("sanction", "2025-03-11")]
    assert ("Erik Dahl", "TARGET_OF", "sanction") in roles


def test_a_sanction_told_with_its_doer_and_a_month_is_an_act(extractor):
    res, _, _ = run(extractor, "The Treasury sanctioned the militia's leader in August 2023. Canada placed four "
                               "mining firms under sanctions in 2022. Sanctions have hurt the economy since 2019.")
    assert sorted((e.type, e.date) for e in res.events) == [("sanction", "2022"), ("sanction", "2023-08")]


def test_reported_date_yields_to_the_events_own_date(extractor):
    res, _, roles = run(extractor, "Latvia said on Friday that its police had arrested Oleg Sirin. Sirin was "
                                   "arrested on Wednesday in Riga.")
    assert [(e.type, e.date) for e in res.events] == [("arrest", "2025-03-12")]
    assert ("Oleg Sirin", "TARGET_OF", "arrest") in roles


def test_shot_down_is_not_a_shooting(extractor):
    res, _, _ = run(extractor, "Air defences shot down 30 drones over Kursk on Thursday.")
    assert not any(e.type == "shooting" for e in res.events)


def test_a_coordinated_clause_keeps_its_own_date(extractor):
    res, _, _ = run(extractor, "Police arrested Oleg Sirin on Tuesday. Sirin was detained at his home and is "
                               "expected to appear before a judge on Friday.")
    assert [(e.type, e.date) for e in res.events] == [("arrest", "2025-03-11")]


def test_blamed_on_died_and_took_part(extractor):
    res, names, roles = run(extractor, "A car bomb exploded in Tver on Friday. Col. Ilya Dorn died at the scene. "
                                       "Belarusian officials blamed the attack on Poland. Dorn had taken part in "
                                       "talks with Lithuanian officials in Vilnius in 2019.")
    assert ("Ilya Dorn", "TARGET_OF", "bombing") in roles
    acc = next(r for r in res.relations if r.type == "ACCUSED_OF")
    assert names[acc.source] == "Poland" and acc.properties["by"] == ["country:belarus"]
    assert ("Poland", "TARGET_OF", "bombing") not in roles
    assert ("Ilya Dorn", "PARTICIPATED_IN", "negotiation") in roles


def test_a_death_alone_is_no_event(extractor):
    res, _, _ = run(extractor, "The writer Anna Lind died on Monday at the age of 90.")
    assert res.events == []


def test_gunned_down_and_claimed_responsibility(extractor):
    res, _, roles = run(extractor, "Gen. Ivan Popov was gunned down in Kursk on Friday. The Freedom Legion "
                                   "claimed responsibility for the attack.")
    assert [(e.type, e.date) for e in res.events] == [("shooting", "2025-03-14")]
    assert ("Ivan Popov", "TARGET_OF", "shooting") in roles
    assert ("Freedom Legion", "PERPETRATOR_OF", "shooting") in roles


def test_behind_is_a_suspicion_and_a_series_is_no_event(extractor):
    res, names, roles = run(extractor, "Gen. Ivan Popov was shot in Kursk on Friday. Officials said Ukraine was "
                                       "behind the shooting. Ukraine has been linked to the killing of several "
                                       "generals.")
    sus = [r for r in res.relations if r.type == "SUSPECTED_OF"]
    assert len(sus) == 1 and names[sus[0].source] == "Ukraine"
    assert len(res.events) == 1


def test_people_in_custody_are_arrested_and_suspected_of_the_attack(extractor):
    res, names, roles = run(extractor, "Gunmen shot Luis Ortega, the mayor of Cordoba, at his home on Monday. "
                                       "By Wednesday the police said nine people were in custody, including "
                                       "Mario Blanco and Pedro Ruiz.")
    assert ("Mario Blanco", "TARGET_OF", "arrest") in roles and ("Pedro Ruiz", "TARGET_OF", "arrest") in roles
    assert ("Mario Blanco", "SUSPECTED_OF", "shooting") in roles
    assert ("Luis Ortega", "TARGET_OF", "shooting") in roles
    arrest = next(e for e in res.events if e.type == "arrest")
    assert arrest.date == "2025-03-12"


def test_arrest_after_attack_suspects_only_the_arrested(extractor):
    _, _, roles = run(extractor, "A car bomb killed the judge Ana Serra in Lisbon on Tuesday. "
                                 "Police have arrested Rui Costa, a 40-year-old mechanic.")
    assert ("Rui Costa", "SUSPECTED_OF", "bombing") in roles
    assert ("Ana Serra", "SUSPECTED_OF", "bombing") not in roles


def test_nobody_in_custody_is_no_arrest(extractor):
    res, _, _ = run(extractor, "None of the four suspects is in custody, the prosecutor said on Friday.")
    assert not any(e.type == "arrest" for e in res.events)


def test_after_meeting_takes_the_clause_subject_not_its_object(extractor):
    _, _, roles = run(extractor, "The crowd cheered Ana Ruiz, who led the party for years and also faced large "
                                 "protests after meeting Canadian Prime Minister Tom Hale in Oslo in March 2024.")
    assert ("Ana Ruiz", "PARTICIPATED_IN", "meeting") in roles and ("Tom Hale", "PARTICIPATED_IN", "meeting") in roles


def test_aircraft_brought_down_is_an_attack_on_those_carried(extractor):
    res, _, roles = run(extractor, "Officials denied ordering the downing of the plane carrying rebel leader "
                                   "Tariq Nasser. The jet that came down on Wednesday near Kassala had taken off "
                                   "from the capital. An explosion may have caused the crash, investigators said.")
    assert ("Tariq Nasser", "TARGET_OF", "attack") in roles or ("Tariq Nasser", "TARGET_OF", "bombing") in roles
    _, _, roles = run(extractor, "Investigators suspect a missile. Omar Said and Lina Haddad were among the "
                                 "twelve people on board the jet that came down on Wednesday near Kassala.")
    assert {("Omar Said", "TARGET_OF", "attack"), ("Lina Haddad", "TARGET_OF", "attack")} <= roles
    [ev] = [e for e in res.events if e.type in ("attack", "bombing")]
    assert ev.date == "2025-03-12"


def test_plain_crash_is_no_attack(extractor):
    res, _, _ = run(extractor, "A small plane carrying four tourists crashed in fog near Salta on Wednesday. "
                               "The crash killed the pilot.")
    assert not any(e.type in ("attack", "bombing") and e.date == "2025-03-12" and "crash" in e.summary
                   for e in res.events)


def test_military_drills_are_an_event_their_holders_take_part_in(extractor):
    res, _, roles = run(extractor, "Russia began large-scale naval exercises in the Baltic Sea on Tuesday.")
    [ev] = [e for e in res.events if e.type == "other"]
    assert ev.date == "2025-03-11"
    assert ("Russia", "PARTICIPATED_IN", "other") in roles
    res, _, _ = run(extractor, "The minister urged both sides on Tuesday to exercise restraint.")
    assert not res.events


def test_finger_pointed_with_no_event_named_is_suspicion_of_the_story_attack(extractor):
    _, _, roles = run(extractor, "Gunmen shot Luis Ortega, the mayor of Cordoba, at his home on Monday. "
                                 "Opposition leaders have pointed the finger at Carlos Mena.")
    assert ("Carlos Mena", "SUSPECTED_OF", "shooting") in roles
    _, _, roles = run(extractor, "Opposition leaders have pointed the finger at Carlos Mena. "
                                 "Gunmen shot Luis Ortega, the mayor of Cordoba, at his home on Monday.")
    assert ("Carlos Mena", "SUSPECTED_OF", "shooting") not in roles


def test_months_after_dates_the_earlier_event_to_the_month(extractor):
    res, _, _ = run(extractor, "The general resigned on Friday, two months after he led a failed coup in the capital.")
    [ev] = [e for e in res.events if e.type == "mutiny"]
    assert ev.date == "2025-01"


def test_began_attacking_and_accused_of_attacking_are_attacks(extractor):
    res, _, roles = run(extractor, "The Sea Hawks, a militia that controls the coast, began attacking cargo ships "
                                   "in November.")
    assert ("Sea Hawks", "PERPETRATOR_OF", "attack") in roles
    assert next(e for e in res.events if e.type == "attack").date == "2024-11"
    _, _, roles = run(extractor, "Kenya's government accused the Northern Liberation Front of attacking an army "
                                 "base in Garissa.")
    assert ("Northern Liberation Front", "ACCUSED_OF", "attack") in roles
    res, _, _ = run(extractor, "The rebels were attacking ships, the navy said.")
    assert not any(e.type == "attack" for e in res.events)


def test_delegation_that_included_someone(extractor):
    _, _, roles = run(extractor, "Peru and Chile held talks in Lima on Wednesday. Chile's team was headed by Ana "
                                 "Soto, a senior diplomat, and included Gen. Pablo Vera, the army chief.")
    assert ("Ana Soto", "PARTICIPATED_IN", "negotiation") in roles
    assert ("Pablo Vera", "PARTICIPATED_IN", "negotiation") in roles


def test_envoy_shuttling_between_parties_took_part_in_the_talks(extractor):
    _, _, roles = run(extractor, "Peru and Chile agreed a ceasefire on Wednesday. The UN envoy Maria Lind spent "
                                 "weeks shuttling between Lima and Santiago.")
    assert ("Maria Lind", "PARTICIPATED_IN", "negotiation") in roles


def test_counted_people_named_in_apposition_are_the_arrested(extractor):
    _, _, roles = run(extractor, "Police detained two men, Karim Haddad and Nabil Amar, over the bombing that "
                                 "killed Ahmad Zia in Kabul on Friday.")
    assert {("Karim Haddad", "TARGET_OF", "arrest"), ("Nabil Amar", "TARGET_OF", "arrest")} <= roles
    assert ("Karim Haddad", "SUSPECTED_OF", "bombing") in roles


def test_those_negotiated_with_during_a_mutiny_staged_it(extractor):
    _, _, roles = run(extractor, "Gen. Ivan Lebed was among the officials sent to negotiate with militia chief "
                                 "Oleg Brod during the brief mutiny in 2021.")
    assert ("Oleg Brod", "PERPETRATOR_OF", "mutiny") in roles
    assert ("Ivan Lebed", "PERPETRATOR_OF", "mutiny") not in roles


def test_a_record_of_bombing_markets_is_no_single_event(extractor):
    res, _, _ = run(extractor, "The minister said on Tuesday he was alarmed by the army, which has bombed "
                               "markets and hospitals.")
    assert not any(e.type == "bombing" for e in res.events)
    res, _, _ = run(extractor, "The army has bombed the central market of Kassala, officials said on Tuesday.")
    assert any(e.type == "bombing" for e in res.events)


def test_mass_killings_in_a_year_are_one_event(extractor):
    res, _, _ = run(extractor, "Investigators documented the mass killings of villagers in Tora in 2023.")
    assert any(e.type == "attack" and e.date == "2023" for e in res.events)


def test_speakers_units_take_part_in_the_drills(extractor):
    _, _, roles = run(extractor, "Russia's navy began large-scale naval exercises in the Baltic Sea on Tuesday. "
                                 "The Baltic Fleet Command said submarine and aircraft units were taking part in "
                                 "the drills.")
    assert ("Baltic Fleet Command", "PARTICIPATED_IN", "other") in roles


def test_lowercase_org_tags_are_no_entities(extractor):
    res, names, _ = run(extractor, "The Baltic Fleet Command said army, navy and air force units took part.")
    assert "navy" not in names.values()


def test_firing_munitions_at_someone_is_an_attack(extractor):
    _, _, roles = run(extractor, "Hezbollah fired rockets at northern Israel on Sunday.")
    assert ("Hezbollah", "PERPETRATOR_OF", "attack") in roles and ("Israel", "TARGET_OF", "attack") in roles
    res, _, _ = run(extractor, "The board fired the chief executive on Monday and launched a new product.")
    assert not res.events


@pytest.mark.parametrize("agent", ["sarin", "ricin", "polonium"])
def test_named_poison_makes_a_poisoning(extractor, agent):
    from newsgraph.schema import Article

    text = f"The opposition leader Karim Said was hospitalised after a {agent} attack in Tunis on Monday, police said."
    res = extractor.extract(Article(text=text, published="2025-03-05"))
    assert [(e.type, e.date) for e in res.events] == [("poisoning", "2025-03-03")]


def test_a_deed_a_named_official_pins_on_a_person_is_an_accusation(extractor):
    res, names, roles = run(extractor, "Interior Minister Omar Dahir said Abdi Warsame had personally planned "
                                       "the truck bombings in Kismayo in October 2022.")
    [ev] = res.events
    assert ev.type == "bombing" and ev.date == "2022-10"
    assert ("Abdi Warsame", "ACCUSED_OF", "bombing") in roles
    assert ("Abdi Warsame", "PERPETRATOR_OF", "bombing") not in roles
    assert any(r.type == "ACCUSED" and names[r.source] == "Omar Dahir" and names[r.target] == "Abdi Warsame"
               for r in res.relations)


def test_a_group_telling_its_own_deed_is_its_perpetrator(extractor):
    _, _, roles = run(extractor, "The Red Crescent Brigade said its commander, Salim Farouk, led the attack on "
                                 "the army base in Sirte on Tuesday.")
    assert ("Salim Farouk", "ACCUSED_OF", "attack") not in roles


def test_placed_under_house_arrest_is_the_arrests_target(extractor):
    res, _, roles = run(extractor, "Deng Akol, the first vice-president, was placed under house arrest in 2025.")
    assert ("Deng Akol", "TARGET_OF", "arrest") in roles
    assert [e.date for e in res.events] == ["2025"]


def test_the_state_that_brokered_talks_took_part_in_them(extractor):
    _, _, roles = run(extractor, "The junta and the Shwe Ya Defence Army agreed to a ceasefire after two days of "
                                 "Chinese-brokered talks in Kunming that ended on Wednesday.")
    assert ("China", "PARTICIPATED_IN", "negotiation") in roles


def test_an_event_asked_about_with_whether_is_no_event(extractor):
    res, _, _ = run(extractor, "The mediator declined to say whether a broader ceasefire had been discussed.")
    assert res.events == []


def test_an_attack_on_someones_car_or_convoy_targets_them(extractor):
    _, _, roles = run(extractor, "Gunmen opened fire on the motorcade of Senator Ana Ruiz in Cali on Monday.")
    assert ("Ana Ruiz", "TARGET_OF", "shooting") in roles
    _, _, roles = run(extractor, "A bomb exploded under the car of Judge Omar Haidari in Kabul on Sunday.")
    assert ("Omar Haidari", "TARGET_OF", "bombing") in roles
    _, _, roles = run(extractor, "Abdi Farah escaped unhurt. In 2023, a roadside bomb hit a vehicle he was "
                                 "travelling in outside Beledweyne.")
    assert ("Abdi Farah", "TARGET_OF", "bombing") in roles


def test_relieved_of_duties_is_a_removal_and_relief_is_not(extractor):
    _, _, roles = run(extractor, "A decree said on Thursday that Gen. Talant Omurov had been relieved of his duties.")
    assert ("Talant Omurov", "TARGET_OF", "other") in roles
    res, _, _ = run(extractor, "Officials were relieved that the talks had resumed on Thursday.")
    assert not any(e.type == "other" for e in res.events)


def test_replacing_or_relieving_an_officer_is_a_removal_and_a_successor_is_no_doer(extractor):
    res, _, roles = run(extractor, "President Ana Ruiz on Tuesday replaced the commander of the northern army, "
                                   "Gen. Pablo Soto. He was replaced by Gen. Luis Mena.")
    assert [(e.type, e.date) for e in res.events] == [("other", "2025-03-11")]
    assert ("Ana Ruiz", "PERPETRATOR_OF", "other") in roles
    assert not any(who == "Luis Mena" for who, _, _ in roles)
    res, _, _ = run(extractor, "The navy relieved the captain of the frigate on Wednesday.")
    assert [(e.type, e.date) for e in res.events] == [("other", "2025-03-12")]
    res, _, _ = run(extractor, "Gen. Luis Mena replaced Pablo Soto as army chief in 2023. Drones replaced "
                               "the old spotter planes on Monday.")
    assert not any(e.type == "other" for e in res.events)


def test_sides_read_as_negotiating_take_part_in_the_talks_of_their_sentence(extractor):
    _, _, roles = run(extractor, "Negotiators for the Malian government and the Azawad Liberation Front resumed "
                                 "ceasefire talks in Algiers on Monday.")
    assert {("Mali", "PARTICIPATED_IN", "negotiation"),
            ("Azawad Liberation Front", "PARTICIPATED_IN", "negotiation")} <= roles


def test_people_listed_with_including_are_the_ones_arrested(extractor):
    _, _, roles = run(extractor, "Police arrested three men on Tuesday in connection with the bombing, including a "
                                 "34-year-old mechanic, Ali Hassan.")
    assert ("Ali Hassan", "TARGET_OF", "arrest") in roles


def test_blaming_a_group_after_a_reported_attack(extractor):
    res, _, roles = run(extractor, "A drone strike killed four soldiers near Kidal on Friday, the army said, blaming "
                                   "the Azawad Front.")
    assert ("Azawad Front", "SUSPECTED_OF", "attack") in roles


def test_a_group_claiming_an_attack_did_it_and_its_spokesman_claims_for_it(extractor):
    _, _, roles = run(extractor, "The Sahel Liberation Front claimed the attack on Monday in a statement.")
    assert ("Sahel Liberation Front", "PERPETRATOR_OF", "attack") in roles
    _, _, roles = run(extractor, "The Sahel Liberation Front's spokesman, Abu Musa, claimed the attack on Monday.")
    assert ("Sahel Liberation Front", "PERPETRATOR_OF", "attack") in roles
    assert ("Abu Musa", "PERPETRATOR_OF", "attack") not in roles


def test_hours_after_a_named_event_is_its_day_and_a_second_event(extractor):
    res, _, _ = run(extractor, "Gunmen shot dead 14 bus passengers in Balochistan late on Tuesday, officials said.\n\n"
                               "Hours after the shooting, a roadside bomb tore through an army truck in Kech, killing "
                               "two soldiers.")
    assert sorted((e.type, e.date) for e in res.events) == [("bombing", "2025-03-11"), ("shooting", "2025-03-11")]


def test_an_accusation_in_the_sentence_of_a_violent_event_is_about_it(extractor):
    res, names, roles = run(extractor, "After the grenade attack on a police post in Busia on Monday, Kenya accused "
                                       "Uganda of sheltering the men.")
    assert ("Uganda", "ACCUSED_OF", "attack") in roles
    edge = next(r for r in res.relations if r.type == "ACCUSED_OF" and names[r.source] == "Uganda")
    assert edge.properties["by"] == ["country:kenya"] and edge.evidence[0].confidence <= 0.5


def test_a_deed_that_bore_the_hallmarks_of_a_group_is_blamed_on_it(extractor):
    res, names, roles = run(extractor, "A bomb exploded at a bus station in Busia on Monday, killing six people. Police "
                                       "chief Peter Kamau said the attack bore \"all the fingerprints\" of the Kenya "
                                       "Liberation Front.")
    assert ("Kenya Liberation Front", "ACCUSED_OF", "bombing") in roles
    assert any(r.type == "ACCUSED" and names[r.source] == "Peter Kamau" and names[r.target] == "Kenya Liberation Front"
               for r in res.relations)
    res, names, roles = run(extractor, "A bomb exploded at a bus station in Busia on Monday. Police chief Peter Kamau "
                                       "said the attack bore no hallmarks of the Kenya Liberation Front.")
    assert not [r for r in roles if r[0] == "Kenya Liberation Front"]
    assert not [r for r in res.relations if r.type == "ACCUSED"]


def test_an_undated_act_by_a_named_state_is_not_a_listing_of_years_before(extractor):
    from newsgraph.loaders.event_merge import merge_mentions
    from newsgraph.loaders.event_triggers import EventMention

    doc = extractor.nlp("Britain froze the assets of Peter Kamau. Kamau was placed on a sanctions list in 2019.")
    froze = next(t for t in doc if t.lower_ == "froze")
    placed = next(t for t in doc if t.lower_ == "placed")
    story = EventMention(froze, "sanction", by=frozenset({"country:united-kingdom"}))
    old = EventMention(placed, "sanction", date="2019")
    assert len(merge_mentions([story, old], "2025-03-14")) == 2
    assert len(merge_mentions([story, EventMention(placed, "sanction", date="2024")], "2025-03-14")) == 1  # last
    # year's may be the story's own act, told with its date elsewhere


def test_pointing_at_a_group_accuses_it_of_the_storys_attack(extractor):
    _, _, roles = run(extractor, "A car bomb tore through a convoy carrying a senior police officer in Mombasa on "
                                 "Tuesday.\n\nThe officer, Col. Peter Njoroge, had survived a bombing in 2021.\n\n"
                                 "Interior Minister Ali Wario was quick to point at the Coast Liberation Front.")
    assert ("Coast Liberation Front", "ACCUSED_OF", "bombing") in roles


def test_the_attack_reported_a_day_later_is_the_bombing_told_before(extractor):
    res, _, _ = run(extractor, "Bolivian police have arrested three men suspected of planting the roadside bomb that "
                               "struck the convoy of a senior prosecutor last weekend, killing two of her guards, the "
                               "interior ministry said on Friday.\n\nThe attack on Saturday was the deadliest this year, the "
                               "ministry said on Friday.")
    assert [e.type for e in res.events if group(e.type) == "violence"] == ["bombing"]


def test_expelling_a_diplomat_and_a_court_sentence_are_other_events(extractor):
    _, _, roles = run(extractor, "Montenegro expelled a Russian diplomat, Ivan Sokolov, on Tuesday, accusing him of "
                                 "spying.")
    assert {("Montenegro", "PERPETRATOR_OF", "other"), ("Ivan Sokolov", "TARGET_OF", "other")} <= roles
    assert ("Russia", "TARGET_OF", "other") not in roles
    res, _, roles = run(extractor, "A court in Podgorica on Friday sentenced Ivan Sokolov to eight years in prison.")
    assert [(e.type, e.date) for e in res.events] == [("other", "2025-03-14")]
    assert ("Ivan Sokolov", "TARGET_OF", "other") in roles
    res, _, _ = run(extractor, "The last sentence of the statement was deleted on Monday. Officials expelled doubts.")
    assert res.events == []


def test_a_dated_peace_deal_between_parties_is_an_event_even_in_passing(extractor):
    res, _, roles = run(extractor, "The killing threatens the 2016 peace agreement between the government and "
                                   "the Popular Liberation Army (EPL).")
    assert any(e.type == "negotiation" and e.date == "2016" for e in res.events)
    assert ("Popular Liberation Army", "PARTICIPATED_IN", "negotiation") in roles
    res, _, _ = run(extractor, "Officials said the deal would hold.")
    assert res.events == []


def test_those_who_act_during_talks_are_their_parties(extractor):
    _, _, roles = run(extractor, "In March 2023, Edi Rama and Serbian President Aleksandar Vucic backed the plan "
                                 "during talks in Ohrid.")
    assert {("Edi Rama", "PARTICIPATED_IN", "negotiation"),
            ("Aleksandar Vucic", "PARTICIPATED_IN", "negotiation")} <= roles


def test_talks_in_a_when_clause_take_the_date_it_hangs_from(extractor):
    res, _, _ = run(extractor, "The dialogue has stalled since March 2023, when Edi Rama and Serbian President "
                               "Aleksandar Vucic backed the plan during talks in Ohrid.")
    assert [e.date for e in res.events if e.type == "negotiation"] == ["2023-03"]


def test_delegations_from_both_sides_are_the_pair_named_before(extractor):
    res, _, roles = run(extractor, "Pakistan and Afghanistan agreed to a ceasefire in Doha in October. Delegations "
                                   "from both sides met again in Istanbul in November.")
    assert {("Pakistan", "PARTICIPATED_IN", "meeting"), ("Afghanistan", "PARTICIPATED_IN", "meeting")} <= roles


def test_the_second_man_named_after_an_arrest_was_arrested(extractor):
    _, _, roles = run(extractor, "Agents detained the two men on Monday in Olongapo City. The first man, Li Wenbo, "
                                 "38, ran a seafood company. The second man, Petty Officer Ramon Cruz, 29, served "
                                 "on a frigate.")
    assert {("Li Wenbo", "TARGET_OF", "arrest"), ("Ramon Cruz", "TARGET_OF", "arrest")} <= roles


def test_breaches_of_systems_are_attacks_and_a_breach_of_a_truce_is_not(extractor):
    res, _, roles = run(extractor, "Investigators said the Lazarus Group breached the exchange, Meridex, on Jan. 9.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2025-01-09")]
    assert ("Meridex", "TARGET_OF", "attack") in roles
    res, _, _ = run(extractor, "The rebels accused the army of a breach of the ceasefire on Monday.")
    assert not any(e.type == "attack" for e in res.events)


def test_fired_small_arms_and_an_uprising_are_events(extractor):
    res, _, _ = run(extractor, "Armenian units had fired small arms at Azerbaijani positions near Kalbajar on "
                               "Tuesday, Baku said. The short-lived uprising in April 2019 failed.")
    assert {(e.type, e.date) for e in res.events} >= {("attack", "2025-03-11"), ("mutiny", "2019-04")}


def test_named_and_signed_deals_with_their_years_are_events(extractor):
    res, _, roles = run(extractor, "The 1995 Dayton agreement, brokered by the United States, ended the war.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "1995")]
    assert ("United States", "PARTICIPATED_IN", "negotiation") in roles
    assert not any(a == "Dayton" for a, _, _ in roles)
    res, _, _ = run(extractor, "A deal signed in Barbados in October 2023 collapsed.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2023-10")]
    res, _, _ = run(extractor, "The 2018 deal collapsed.")
    assert res.events == []


def test_delegations_from_two_armed_groups_take_part_and_negotiate(extractor):
    res, names, roles = run(extractor, "Delegations from the Ta Shwe Army and from the Kachin Liberation Front met "
                                       "in Kunming on Monday.")
    assert {("Ta Shwe Army", "PARTICIPATED_IN", "meeting"), ("Kachin Liberation Front", "PARTICIPATED_IN",
                                                              "meeting")} <= roles
    assert any(r.type == "NEGOTIATED_WITH" for r in res.relations)


def test_taking_or_shelling_a_place_is_an_attack_and_capturing_people_or_footage_is_not(extractor):
    res, _, _ = run(extractor, "Tajik forces shelled the village of Kara-Bulak on Tuesday. In 2016 the group "
                               "overran an army base in Lamu. The siege of Mariupol lasted three months in 2022.")
    assert {(e.type, e.date) for e in res.events} == {("attack", "2025-03-11"), ("attack", "2016"),
                                                      ("attack", "2022")}
    res, _, _ = run(extractor, "Two women from Indonesia, who were captured on airport security footage, were "
                               "questioned on Monday.")
    assert not any(e.type == "attack" for e in res.events)


def test_killed_alongside_and_detained_together_with_are_targets_too(extractor):
    res = extractor.extract(Article(text="The militia's founder, Abu Karim al-Tamimi, was killed alongside the Iranian "
                                         "general Javad Rostami by a drone strike at the airport in January 2020. Colonel "
                                         "Armen Sargsyan was detained at his home in Yerevan on Monday together with "
                                         "Tigran Hakobyan, a businessman.", published="2026-03-10"))
    names = {e.id: e.name for e in res.entities}
    kinds = {e.id: e.type for e in res.events}
    targets = {(names[r.source], kinds[r.target]) for r in res.relations if r.type == "TARGET_OF"}
    assert ("Javad Rostami", "attack") in targets
    assert ("Tigran Hakobyan", "arrest") in targets


def test_a_bare_month_takes_the_year_its_sentence_names_and_the_following_month_counts_from_it(extractor):
    res = extractor.extract(Article(text="The exchange revived memories of early 2024, when a drone attack on an "
                                         "outpost in Jordan killed three soldiers in January. The following month, a "
                                         "drone strike on a car in Baghdad killed Abu Hamza al-Amiri, a militia "
                                         "commander.", published="2025-12-10"))
    assert sorted(e.date for e in res.events if e.type == "attack") == ["2024-01", "2024-02"]


def test_a_month_in_a_sentence_with_another_full_date_keeps_its_own_year(extractor):
    res = extractor.extract(Article(text="In March, the two presidents signed a treaty finalising their border, two "
                                         "and a half years after clashes in September 2022 killed around 100 people.",
                                    published="2025-06-20"))
    assert "2025-03" in [e.date for e in res.events]


def test_summoning_or_receiving_an_envoy_is_a_meeting_but_a_court_summons_is_not(extractor):
    res = extractor.extract(Article(text="Kenya summoned the Ugandan ambassador on Wednesday. The AU envoy, Kofi "
                                         "Mensah, was received on Thursday by Sudan's foreign minister, Ali Osman. The "
                                         "former governor was summoned to court on Monday. The ministry said it had "
                                         "received a letter from the embassy.", published="2026-03-13"))
    names = {e.id: e.name for e in res.entities}
    meetings = [e for e in res.events if e.type == "meeting"]
    assert len(meetings) == 2
    parts = {names[r.source] for r in res.relations if r.type == "PARTICIPATED_IN"}
    assert {"Kenya", "Kofi Mensah", "Ali Osman"} <= parts


def test_an_envoy_called_in_is_summoned_but_reinforcements_called_in_are_not(extractor):
    res = extractor.extract(Article(text="Grace Wanjiru, the Kenyan ambassador, was called in to the Ugandan foreign "
                                         "ministry on Friday afternoon and handed a note of protest. Uganda called in "
                                         "the Tanzanian ambassador on Saturday. Police called in reinforcements on "
                                         "Sunday.", published="2026-03-13"))
    names = {e.id: e.name for e in res.entities}
    meetings = sorted(e.date for e in res.events if e.type == "meeting")
    assert meetings == ["2026-03-07", "2026-03-13"]  # (no meeting for the reinforcements)
    parts = {names[r.source] for r in res.relations if r.type == "PARTICIPATED_IN"}
    assert {"Grace Wanjiru", "Kenya", "Uganda", "Tanzania"} <= parts


def test_firing_an_official_is_a_removal_not_an_attack(extractor):
    res = extractor.extract(Article(text="President Tomas Varela fired the head of the national police, Julio "
                                         "Arriaga, on Sunday.", published="2026-03-10"))
    names = {e.id: e.name for e in res.entities}
    kinds = {e.id: e.type for e in res.events}
    roles = {(names[r.source], r.type, kinds[r.target]) for r in res.relations if r.target in kinds
             and r.type in ("TARGET_OF", "PERPETRATOR_OF")}
    assert ("Julio Arriaga", "TARGET_OF", "other") in roles
    assert ("Tomas Varela", "PERPETRATOR_OF", "other") in roles
    assert "attack" not in kinds.values()


def test_the_attack_points_back_to_the_event_told_before_not_ahead(extractor):
    res = extractor.extract(Article(text="Gunmen killed 14 bus passengers in Balochistan on Sunday. The Baloch "
                                         "Liberation Army claimed responsibility for the attack. Separately, Iran said "
                                         "a scientist was shot dead in Tehran on Saturday.", published="2026-03-10"))
    names = {e.id: e.name for e in res.entities}
    dates = {e.id: e.date for e in res.events}
    done = {(names[r.source], dates[r.target]) for r in res.relations if r.type == "PERPETRATOR_OF"}
    assert ("Baloch Liberation Army", "2026-03-08") in done
    assert ("Baloch Liberation Army", "2026-03-07") not in done


def test_the_two_sides_of_the_same_talks_negotiated_with_each_other_but_not_with_the_mediator(extractor):
    res = extractor.extract(Article(text="Armenia and Azerbaijan held a fresh round of peace talks in Geneva on Monday. "
                                         "Qatar mediated separate talks in Doha between Chad and the Front for Change "
                                         "and Concord on Tuesday.", published="2026-03-11"))
    names = {e.id: e.name for e in res.entities}
    pairs = {frozenset((names[r.source], names[r.target])) for r in res.relations if r.type == "NEGOTIATED_WITH"}
    assert frozenset(("Armenia", "Azerbaijan")) in pairs
    assert not [p for p in pairs if "Qatar" in p]


def test_aircraft_pounding_positions_and_jets_levelling_buildings_are_attacks_by_their_state(extractor):
    res = extractor.extract(Article(text="Turkish aircraft pounded suspected PKK positions in northern Iraq on Monday. "
                                         "Hezbollah leader Hassan Nasrallah was killed when Israeli jets levelled "
                                         "several buildings in Beirut in September 2024. The government levelled "
                                         "accusations at the opposition on Tuesday.", published="2026-03-10"))
    names = {e.id: e.name for e in res.entities}
    doers = {names[r.source] for r in res.relations if r.type == "PERPETRATOR_OF"}
    assert {"Turkey", "Israel"} <= doers
    assert len([e for e in res.events if e.type == "attack"]) == 2


def test_seizing_a_town_named_in_apposition_is_an_attack_but_seizing_weapons_is_not(extractor):
    res = extractor.extract(Article(text="The Arakan Army has seized Maungdaw, the last town still held by the "
                                         "military, officials said on Tuesday. Police seized weapons and cash, the "
                                         "ministry said on Tuesday.", published="2026-03-11"))
    assert [e.type for e in res.events if e.type == "mutiny"] == []


def test_its_fighters_overrunning_the_armys_last_stronghold_is_the_groups_attack(extractor):
    res = extractor.extract(Article(text="The Rapid Support Forces denied the claim. In October its fighters overran "
                                         "Sennar, the army's last stronghold in the region.", published="2026-03-11"))
    names = {e.id: e.name for e in res.entities}
    doers = {names[r.source] for r in res.relations if r.type == "PERPETRATOR_OF"}
    assert "Rapid Support Forces" in doers


def test_that_killing_is_the_killing_just_told_not_the_storys_own_event(extractor):
    res = extractor.extract(Article(text="A defector was poisoned in Seoul on Wednesday, police said. In 2017 the "
                                         "exiled businessman Kim Sung-ho was killed with a nerve agent at an airport in "
                                         "Kuala Lumpur. South Korean officials accused Pyongyang of orchestrating that "
                                         "killing.", published="2026-04-10"))
    names = {e.id: e.name for e in res.entities}
    dates = {e.id: e.date for e in res.events}
    accused = {(names[r.source], dates[r.target]) for r in res.relations if r.type == "ACCUSED_OF"}
    assert ("North Korea", "2017") in accused
    assert ("North Korea", "2026-04-08") not in accused


def test_a_date_written_out_wins_over_a_week_later_and_a_week_is_seven_days(extractor):
    res = extractor.extract(Article(text="Rioting broke out at the prison on August 30.\n\nA week later, on "
                                         "September 9, gunmen shot dead Tomas Reyes, a court clerk, outside his home.",
                                    published="2026-09-16"))
    assert "2026-09-09" in [e.date for e in res.events if e.type == "shooting"]
    res = extractor.extract(Article(text="A car bomb exploded outside the ministry on June 2. A week later, "
                                         "gunmen shot dead a judge in the capital.", published="2026-06-20"))
    assert "2026-06-09" in [e.date for e in res.events if e.type == "shooting"]


def test_a_raid_a_spokesman_says_a_named_cell_carried_out_is_an_accusation(extractor):
    res, names, roles = run(extractor, "Gunmen raided a school in Kasese on Sunday, killing 12 pupils. Army "
                                       "spokesman Peter Mugisha told reporters on Monday that the raid had been "
                                       "carried out by an ADF cell commanded by Yusuf Kato.")
    rels = {(r.type, names.get(r.source), names.get(r.target)) for r in res.relations}
    assert ("ACCUSED", "Peter Mugisha", "Allied Democratic Forces") in rels
    assert ("MEMBER_OF", "Yusuf Kato", "Allied Democratic Forces") in rels  # he commands a cell, not the group
    assert any(a == "Allied Democratic Forces" and r == "ACCUSED_OF" for a, r, _ in roles)


def test_a_summoned_envoy_takes_part_for_the_state_or_body_he_serves(extractor):
    _, _, roles = run(extractor, "Ghana summoned Togo's acting high commissioner on Tuesday over the shooting.")
    assert {("Ghana", "PARTICIPATED_IN", "meeting"), ("Togo", "PARTICIPATED_IN", "meeting")} <= roles
    _, _, roles = run(extractor, "Serbia's foreign minister, Petar Ilic, summoned the EU ambassador on Monday.")
    assert ("European Union", "PARTICIPATED_IN", "meeting") in roles


def test_brokers_and_mediators_of_a_deal_or_process_take_part(extractor):
    _, _, roles = run(extractor, "A truce was agreed in Muscat in April. That deal, brokered by Oman and Egypt, "
                                 "was signed by Yemen's foreign minister, Ali Saleh.")
    assert {("Oman", "PARTICIPATED_IN", "negotiation"), ("Egypt", "PARTICIPATED_IN", "negotiation")} <= roles
    _, _, roles = run(extractor, "Rebel leader Omar Djibril, who took part in talks with government envoys in "
                                 "Nairobi in May, in a process mediated by Kenya, returned on Sunday.")
    assert ("Kenya", "PARTICIPATED_IN", "negotiation") in roles


def test_consultations_between_two_foreign_offices_are_talks(extractor):
    res, names, roles = run(extractor, "Nepal and India held two days of foreign office consultations in "
                                       "Kathmandu that ended on Wednesday.")
    assert {("Nepal", "PARTICIPATED_IN", "negotiation"), ("India", "PARTICIPATED_IN", "negotiation")} <= roles
    assert [e.date for e in res.events if e.type == "negotiation"] == ["2025-03-12"]


def test_a_groups_camps_struck_make_the_group_the_target_and_a_capitalised_noun_is_no_person(extractor):
    res, names, roles = run(extractor, "Drone gunships struck two JNIM camps near the town of Djibo on Monday "
                                       "morning, the army said.")
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "TARGET_OF", "attack") in roles
    assert not [e for e in res.entities if e.type == "Person"]


def test_a_sentence_told_with_its_month_and_term_is_dated_by_the_month(extractor):
    res = extractor.extract(Article(text="Blogger Ruslan Tairov was sentenced in January to 12 years for treason.",
                                    published="2026-05-04"))
    assert [e.date for e in res.events if e.type == "other"] == ["2026-01"]


def test_playing_no_part_is_no_perpetrator_and_a_judicial_coup_is_no_mutiny(extractor):
    _, _, roles = run(extractor, "A car bomb exploded in Niamey on Sunday. Benin said it had played no part in "
                                 "the bombing.")
    assert ("Benin", "PERPETRATOR_OF", "bombing") not in roles
    res, _, _ = run(extractor, "The opposition leader accused the court of staging a judicial coup against his party.")
    assert not [e for e in res.events if e.type == "mutiny"]


def test_talks_held_in_a_third_states_capital_leave_the_story_in_its_own_state(extractor):
    res, names, _ = run(extractor, "Colombia's government and the ELN agreed on Thursday to a ceasefire after "
                                   "five days of talks in Panama City, a boost for President Gustavo Petro.")
    leads = {(names[r.source], names[r.target]) for r in res.relations if r.type == "LEADS"}
    assert ("Gustavo Petro", "Colombia") in leads


def test_a_person_captured_or_taken_from_home_by_officers_is_arrested(extractor):
    res, names, roles = run(extractor, "Jose Perez, who was captured in a rural hideout in the department of "
                                       "Olancho in March, was extradited on Tuesday.")
    assert ("Jose Perez", "TARGET_OF", "arrest") in roles
    assert [e.date for e in res.events if e.type == "arrest"] == ["2025-03"]
    res, _, _ = run(extractor, "Rebels captured the town of Bunia in March.")
    assert not [e for e in res.events if e.type == "arrest"]
    res, _, _ = run(extractor, "Two activists were taken from their homes by plainclothes officers on Saturday night.")
    assert [e.date for e in res.events if e.type == "arrest"] == ["2025-03-08"]
    res, _, _ = run(extractor, "The wounded were taken to hospital on Saturday.")
    assert not [e for e in res.events if e.type == "arrest"]


def test_explosives_detonated_by_a_bomber_are_a_bombing(extractor):
    res, _, roles = run(extractor, "A suicide bomber detonated explosives at the gate of the Ministry of Mines in "
                                   "central Kabul on Monday, killing a deputy minister, Sharif Haqyar.")
    assert [e.type for e in res.events] == ["bombing"]
    assert ("Sharif Haqyar", "TARGET_OF", "bombing") in roles


def test_officers_arrested_over_a_foiled_coup_are_suspected_of_it_but_a_coups_captives_are_not(extractor):
    _, _, roles = run(extractor, "Authorities said on Tuesday they had foiled a coup attempt and arrested six army "
                                 "officers, including Col. Mamadu Djalo.")
    assert ("Mamadu Djalo", "SUSPECTED_OF", "mutiny") in roles
    _, _, roles = run(extractor, "Soldiers seized power in a coup on Tuesday and detained President Alpha Bah.")
    assert ("Alpha Bah", "SUSPECTED_OF", "mutiny") not in roles


def test_a_states_border_guards_who_shot_someone_make_the_state_the_perpetrator(extractor):
    _, _, roles = run(extractor, "Indian border guards shot dead a Nepali farmer near the frontier on Sunday.")
    assert ("India", "PERPETRATOR_OF", "shooting") in roles


def test_a_diplomat_declared_persona_non_grata_is_expelled(extractor):
    res, _, roles = run(extractor, "Latvia declared a Belarusian diplomat, Oleg Sidorov, persona non grata on "
                                   "Friday.")
    assert ("Oleg Sidorov", "TARGET_OF", "other") in roles and ("Latvia", "PERPETRATOR_OF", "other") in roles
    assert [e.date for e in res.events] == ["2025-03-14"]


def test_a_charge_daffaires_summoned_is_a_meeting_of_both_states(extractor):
    for text in ("Latvia's foreign ministry summoned Belarus's charge d'affaires in Riga on Tuesday.",
                 "Belarus's chargé d'affaires was summoned to the ministry in Riga on Tuesday morning."):
        res = extractor.extract(Article(text=text, published="2025-03-14"))
        names = {e.id: e.name for e in res.entities}
        meeting = next(e for e in res.events if e.type == "meeting")
        parts = {names.get(r.source) for r in res.relations if r.target == meeting.id and r.type == "PARTICIPATED_IN"}
        assert "Belarus" in parts


def test_the_holy_see_is_the_vatican(extractor):
    res = extractor.extract(Article(text="The Cuban government and the Holy See held talks in Havana on Tuesday. "
                                         "The Vatican said progress was made.", published="2025-03-14"))
    assert [(e.name, e.type) for e in res.entities if e.name in ("Vatican", "Holy See")] == [("Vatican", "Country")]


@pytest.mark.parametrize("text", [
    "A court in Tunis sentenced 17 opposition politicians to prison terms of between 12 and 33 years on Thursday.",
    "A court in Podgorica in 2019 convicted 14 people of plotting a coup.",
    "In April a court in Tunis jailed about 40 people for up to 66 years.",
])
def test_a_courts_verdict_is_an_event(extractor, text):
    res = extractor.extract(Article(text=text, published="2025-03-14"))
    assert [e.type for e in res.events] == ["other"]


def test_a_conviction_told_in_passing_is_no_event(extractor):
    res = extractor.extract(Article(text="Kodi, who was jailed in 2025 on charges his supporters reject, remains in "
                                         "detention.", published="2026-03-14"))
    assert not res.events


def test_going_on_trial_is_an_event_where_the_defendant_is_tried(extractor):
    res = extractor.extract(Article(text="Ali Musa went on trial behind closed doors in Dushanbe on Tuesday. The "
                                         "trial of his deputy is expected to last months.", published="2025-03-14"))
    names = {e.id: e.name for e in res.entities}
    trial = next(e for e in res.events if e.type == "other")
    assert trial.date == "2025-03-11" and names[trial.location] == "Dushanbe"
    assert ("Ali Musa", "TARGET_OF") in {(names.get(r.source), r.type) for r in res.relations if r.target == trial.id}
    assert len(res.events) == 1


def test_an_expulsion_and_a_courts_verdict_stay_two_events(extractor):
    res = extractor.extract(Article(text="The Foreign Ministry said Igor Malinin, a second secretary at the Russian "
                                         "embassy, had been declared persona non grata. A court in Podgorica in "
                                         "2019 convicted 14 people of plotting a coup.",
                                    published="2025-03-14"))
    names = {e.id: e.name for e in res.entities}
    verdict = next(e for e in res.events if e.type == "other" and e.date == "2019")
    assert "Igor Malinin" not in {names.get(r.source) for r in res.relations if r.target == verdict.id}


def test_the_following_year_after_a_bare_year_is_the_next_year(extractor):
    res = extractor.extract(Article(text="The militia Liwa al-Nasr was formed in 2014. Germany outlawed al-Nasr in "
                                         "2019 and Canada listed it as a terrorist entity the following year.",
                                    published="2025-06-20"))
    assert sorted(e.date for e in res.events if e.type == "sanction") == ["2019", "2020"]


def test_held_talks_with_the_head_of_a_force_and_a_state_official(extractor):
    res, names, roles = run(extractor, "On Monday, Chinese Vice Minister of Public Security Zhao Mingyu held talks in "
                                       "Vientiane with the head of the Lao police, Lieutenant General Khamphet "
                                       "Sisouk, and Thailand's deputy national police chief, Police Lieutenant "
                                       "General Anan Srisuk.")
    assert {("Zhao Mingyu", "PARTICIPATED_IN", "negotiation"), ("Khamphet Sisouk", "PARTICIPATED_IN", "negotiation"),
            ("China", "PARTICIPATED_IN", "negotiation")} <= roles
    assert next(e for e in res.entities if e.name == "Zhao Mingyu").titles == ["Vice Minister of Public Security"]
    assert "Lao" not in {e.name for e in res.entities}  # a demonym, not a person


def test_fired_on_a_target_is_a_shooting(extractor):
    res, names, roles = run(extractor, "Tendai Moyo survived when gunmen fired on her car outside Mutare in 2024.")
    assert ("Tendai Moyo", "TARGET_OF", "shooting") in roles
    res, names, roles = run(extractor, "The scientist was hit by seven bullets fired by two men on a motorcycle. "
                                       "The interior minister fired the police chief on Monday.")
    assert not any(e.type == "shooting" and e.date == "2025-03-10" for e in res.events)  # a removal, not a shooting


def test_host_and_guest_take_part_in_talks_they_were_hosted_for(extractor):
    res, names, roles = run(extractor, "Interior Minister Joseph Wanyama hosted Somalia's security minister, Abdi "
                                       "Warsame, in Nairobi for two days of talks on a joint plan to secure the "
                                       "frontier.")
    assert {("Joseph Wanyama", "PARTICIPATED_IN", "negotiation"), ("Abdi Warsame", "PARTICIPATED_IN", "negotiation"),
            ("Somalia", "PARTICIPATED_IN", "negotiation")} <= roles


def test_stripped_of_citizenship_is_an_event_done_to_the_people(extractor):
    res, names, roles = run(extractor, "Kuwait stripped Adel Sabah and Faisal Omar of their citizenship in 2019. "
                                       "Looters stripped the building of its copper wiring on Monday.")
    assert {("Adel Sabah", "TARGET_OF", "other"), ("Faisal Omar", "TARGET_OF", "other")} <= roles
    assert [e.date for e in res.events if e.type == "other"] == ["2019"]


def test_a_state_closing_its_border_with_another_is_an_event(extractor):
    res, names, roles = run(extractor, "Malawi closed its land border with Zambia on Tuesday. Police closed the case "
                                       "on Monday. Tanzania has not closed its border.")
    assert {("Malawi", "PERPETRATOR_OF", "other"), ("Zambia", "TARGET_OF", "other")} <= roles
    assert len([e for e in res.events if e.type == "other"]) == 1


def test_an_extradition_carried_out_or_ordered_is_an_event_done_to_the_person(extractor):
    res, names, roles = run(extractor, "Juan Ortiz, a former president, was extradited to the United States in 2022. "
                                       "Serbia sought the extradition of Lazar Petrovic in March.")
    assert ("Juan Ortiz", "TARGET_OF", "other") in roles
    assert [e.date for e in res.events if e.type == "other"] == ["2022"]  # a request is no extradition


def test_victims_identified_as_named_people_are_the_targets(extractor):
    _, _, roles = run(extractor, "Two Kenyan rangers were shot dead on Sunday near Garissa. The dead men, "
                                 "identified by police as Peter Kamau, 41, and his cousin John Otieno, were shot "
                                 "on the edge of a farm near Garissa.")
    assert {("Peter Kamau", "TARGET_OF", "shooting"), ("John Otieno", "TARGET_OF", "shooting")} <= roles


@pytest.mark.parametrize("text,etype,date", [
    ("On Monday, Kenya's foreign ministry recalled its ambassador in Kampala for consultations.", "other",
     "2025-03-10"),
    ("In August 2021, Kenya broke off diplomatic relations with Uganda.", "other", "2021-08"),
    ("Explosive-laden drones hit the Lokichar oil field in northern Kenya early on Wednesday.", "attack",
     "2025-03-12"),
    ("In 2021, Mary Wanjiru, an activist, was beaten outside her home in Nairobi.", "attack", "2021"),
    ("Crowds torched at least 19 buildings in the Eastleigh district of Nairobi on Saturday.", "attack",
     "2025-03-08"),
    ("A group of soldiers attempted to seize power in Nairobi last December.", "mutiny", "2024-12"),
    ("Kenya responded on Tuesday by expelling a Ugandan diplomat from Nairobi.", "other", "2025-03-11"),
    ("On April 6, a motorcycle loaded with explosives blew up outside the police station in Garissa.", "bombing",
     "2024-04-06"),
    ("Two mortar shells landed near Mandera on Sunday night.", "attack",
     "2025-03-09"),
    ("Mwangi and a priest had sat down with the rebels' envoys at a forest camp on Wednesday.", "negotiation",
     "2025-03-12"),
    ("In September 2024, Kenya freed 135 political prisoners.", "other", "2024-09"),
    ("Four Kenyan border guards were killed in a deadly clash near Mandera in late August.", "attack", "2024-08"),
    ("Troops went house to house in Lamu in October, executing men and boys.", "attack", "2024-10"),
])
def test_more_happenings_are_events(extractor, text, etype, date):
    res, _, _ = run(extractor, text)
    assert [(e.type, e.date) for e in res.events] == [(etype, date)]


@pytest.mark.parametrize("text", [
    "Kenya recalled the events of 2007 in a statement.",
    "The rebels broke the ceasefire within hours.",
    "Kenya's economy was hit by the drought.",
    "The team beat the deadline by a day.",
    "Soldiers will try to seize power, the minister warned.",
    "The ministry released a statement on Friday.",
    "The plane landed in Nairobi on Monday.",
    "The army executed the plan in two weeks.",
    "The row blew over within a day.",
])
def test_the_same_words_in_other_senses_are_no_events(extractor, text):
    res, _, _ = run(extractor, text)
    assert not [e for e in res.events if e.type in ("other", "attack", "mutiny", "bombing")]


def test_suspected_attackers_are_suspects_not_perpetrators(extractor):
    _, _, roles = run(extractor, "Suspected Kenya Liberation Front militants killed six police officers in an "
                                 "ambush near Lamu on Monday.")
    assert ("Kenya Liberation Front", "SUSPECTED_OF", "attack") in roles
    assert ("Kenya Liberation Front", "PERPETRATOR_OF", "attack") not in roles
    _, _, roles = run(extractor, "Kenya Liberation Front militants killed six police officers in an ambush near "
                                 "Lamu on Monday.")
    assert ("Kenya Liberation Front", "PERPETRATOR_OF", "attack") in roles


def test_those_detained_named_after_the_arrest_are_its_targets(extractor):
    _, _, roles = run(extractor, "Police arrested six people in Mombasa on Wednesday. Those detained include Peter "
                                 "Kamau, a former army officer, and John Otieno.")
    assert {("Peter Kamau", "TARGET_OF", "arrest"), ("John Otieno", "TARGET_OF", "arrest")} <= roles
    res, _, _ = run(extractor, "Twelve suspects were picked up in Mombasa on Monday.")
    assert [(e.type, e.date) for e in res.events] == [("arrest", "2025-03-10")]


def test_an_attack_the_government_blamed_on_a_group(extractor):
    _, _, roles = run(extractor, "In January, six Kenyan soldiers were killed when their patrol was ambushed near "
                                 "Lamu, an attack the Kenyan government blamed on the Kenya Liberation Front.")
    assert ("Kenya Liberation Front", "ACCUSED_OF", "attack") in roles


def test_targets_of_sanctions_imposed_over_an_attack_are_accused_of_it(extractor):
    _, _, roles = run(extractor, "The European Union imposed sanctions on Tuesday on Peter Kamau and John Otieno "
                                 "over the poisoning of an exiled Kenyan journalist in Prague.")
    assert {("Peter Kamau", "ACCUSED_OF", "poisoning"), ("John Otieno", "ACCUSED_OF", "poisoning")} <= roles
    # the reason hung on the described targets, who are named in the next sentence by what the measures do
    res, names, roles = run(extractor, "The European Union imposed sanctions on Tuesday on a senior officer of "
                                       "Kenya's intelligence service and two of his subordinates over the poisoning "
                                       "of an exiled Kenyan journalist in Prague. Colonel Peter Kamau and the two "
                                       "other men, John Otieno and Mary Wanjiru, will have any assets in the bloc "
                                       "frozen and are barred from travelling to its member states.")
    sanctioned = {names[r.source] for r in res.relations if r.type == "SANCTIONED_BY"}
    assert {"Peter Kamau", "John Otieno", "Mary Wanjiru"} <= sanctioned
    assert ("Peter Kamau", "ACCUSED_OF", "poisoning") in roles
    _, _, roles = run(extractor, "The European Union imposed sanctions on Tuesday over the poisoning of a Kenyan "
                                 "journalist. Peter Kamau will not have his assets frozen.")
    assert ("Peter Kamau", "ACCUSED_OF", "poisoning") not in roles


def test_blame_laid_with_no_deed_named_is_for_the_storys_attack(extractor):
    _, _, roles = run(extractor, "Gunmen killed four soldiers in an ambush near Garissa on Sunday. On Monday, "
                                 "Interior Minister Peter Kamau laid the blame on the Kenya Liberation Front.")
    assert ("Kenya Liberation Front", "ACCUSED_OF", "shooting") in roles
    _, _, roles = run(extractor, "Gunmen killed four soldiers in an ambush near Garissa on Sunday. Interior "
                                 "Minister Peter Kamau accused the Kenya Liberation Front of planning the attack.")
    assert ("Kenya Liberation Front", "ACCUSED_OF", "shooting") in roles


def test_an_undated_listing_of_new_targets_is_not_an_older_years_listing(extractor):
    res, names, _ = run(extractor, "Police detained six men on Monday, a day after the Treasury's Office of Foreign "
                                   "Assets Control designated Peter Kamau, the Kilima Boys and two alleged financiers "
                                   "as Specially Designated Global Terrorists. The Treasury identified the "
                                   "financiers as John Otieno and Mary Wanjiru. The Kenya Liberation Front was "
                                   "designated a terrorist organisation by Washington in 2015.")
    sanctioned = {names[r.source] for r in res.relations if r.type == "SANCTIONED_BY"}
    assert {"Peter Kamau", "Kilima Boys", "John Otieno", "Mary Wanjiru"} <= sanctioned
    old = next(e for e in res.events if e.type == "sanction" and e.date == "2015")
    in_old = {names[r.source] for r in res.relations if r.target == old.id and r.type == "TARGET_OF"}
    assert "Peter Kamau" not in in_old and "John Otieno" not in in_old


def test_an_act_the_storys_own_act_came_a_day_after_is_dated_from_the_lede(extractor):
    res, names, roles = run(extractor, "Kenya on Tuesday imposed sanctions on two Ugandan generals. Kenya's "
                                       "announcement came a day after the European Union sanctioned Peter Kamau.")
    eu = next(e for e in res.events if e.type == "sanction" and any(
        r.target == e.id and names.get(r.source) == "Peter Kamau" for r in res.relations))
    assert eu.date == "2025-03-10"  # Tuesday is 11 March 2025


def test_sides_of_a_ceasefire_named_in_its_relative_clause_take_part(extractor):
    _, _, roles = run(extractor, "A ceasefire that Uganda brokered in Kampala in January between the army and "
                                 "the Northern Frontier Alliance collapsed in June.")
    assert ("Northern Frontier Alliance", "PARTICIPATED_IN", "negotiation") in roles


def test_sanctions_on_a_described_owner_named_by_the_statement_and_dated_by_the_act(extractor):
    res, names, _ = run(extractor, "The European Union on Thursday slapped sanctions on the owner of a tanker "
                                   "suspected of cutting two undersea cables last month. In a statement, the Council "
                                   "of the European Union said Baraka Shipping and its director, Peter Kamau, had "
                                   "undermined the security of critical infrastructure.")
    sanctioned = {names.get(r.source) for r in res.relations if r.type == "SANCTIONED_BY"}
    assert {"Baraka Shipping", "Peter Kamau"} <= sanctioned
    assert next(e for e in res.events if e.type == "sanction").date == "2025-03-13"


def test_an_attack_on_a_bodys_headquarters_targets_the_body(extractor):
    _, _, roles = run(extractor, "A truck bomb destroyed the headquarters of the Kenya Red Cross in Nairobi on "
                                 "Sunday.")
    assert ("Kenya Red Cross", "TARGET_OF", "bombing") in roles


def test_an_act_the_storys_deed_came_days_after_is_dated_from_that_deed(extractor):
    res, names, _ = run(extractor, "Gunmen killed seven people in a massacre at a birthday party in Mombasa on "
                                   "Saturday, police said. The massacre came just four days after the US Treasury's "
                                   "Office of Foreign Assets Control imposed sanctions on Lindo.")
    sanction = next(e for e in res.events if e.type == "sanction")
    assert sanction.date == "2025-03-04"  # Saturday is 8 March 2025
    assert any(r.type == "TARGET_OF" and r.target == sanction.id and names.get(r.source) == "Lindo"
               for r in res.relations)


def test_a_head_of_state_toppled_by_a_commander_is_a_coup_but_a_plot_to_topple_is_not(extractor):
    res, names, roles = run(extractor, "Peter Kamau, the former special forces commander who toppled President "
                                       "John Otieno in September 2021, has ruled since.")
    coup = next(e for e in res.events if e.type == "mutiny")
    assert coup.date == "2021-09"
    assert ("Peter Kamau", "PERPETRATOR_OF", "mutiny") in roles and ("John Otieno", "TARGET_OF", "mutiny") in roles
    res, _, _ = run(extractor, "Opposition leaders plotted to topple President John Otieno last year.")
    assert not any(e.type == "mutiny" for e in res.events)


def test_rounded_up_is_an_arrest_and_sent_to_arrest_is_not(extractor):
    res, _, _ = run(extractor, "Police rounded up dozens of protesters in Nairobi on Monday.")
    assert [e.type for e in res.events] == ["arrest"]
    res, _, _ = run(extractor, "A former army commander was shot dead by soldiers sent to arrest him in June 2015.")
    assert [(e.type, e.date) for e in res.events] == [("shooting", "2015-06")]
    res, _, _ = run(extractor, "The army rounded up cattle.")
    assert not res.events


def test_a_group_of_guardsmen_seizing_the_state_radio_station_is_a_coup(extractor):
    res, _, _ = run(extractor, "In January 2019 a small group of guardsmen briefly seized the state radio station "
                               "in the capital.")
    assert [(e.type, e.date) for e in res.events] == [("mutiny", "2019-01")]


def test_diplomats_ordered_out_of_the_country_is_an_expulsion(extractor):
    res, _, _ = run(extractor, "Kenya ordered two Ugandan diplomats out of the country on Wednesday.")
    assert [(e.type, e.date) for e in res.events] == [("other", "2025-03-12")]
    res, _, _ = run(extractor, "The court ordered the release of Peter Kamau on Wednesday.")
    assert not any(e.type == "other" for e in res.events)


def test_struck_what_someone_called_sites_is_an_attack(extractor):
    res, _, _ = run(extractor, "On Monday, coalition aircraft struck what the army called drone launch sites near "
                               "the city of Garissa.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2025-03-10")]


def test_counted_happenings_of_a_told_year_are_an_event(extractor):
    res, _, _ = run(extractor, "The country went through two military takeovers in 1987.")
    assert [(e.type, e.date) for e in res.events] == [("mutiny", "1987")]
    res, _, _ = run(extractor, "Attacks on officers have risen.")
    assert not res.events


@pytest.mark.parametrize("text, date", [
    ("Kenya's interior minister, Peter Kamau, resigned on Wednesday, hours after the sanctions.", "2025-03-12"),
    ("Peter Kamau was forced to resign on Monday.", "2025-03-10"),
    ("Peter Kamau quit as deputy prime minister last month.", "2025-02"),
    ("Peter Kamau stepped down as army chief on Monday.", "2025-03-10"),
    ("Parliament voted Prime Minister Peter Kamau out of office on Tuesday.", "2025-03-11"),
    ("Peter Kamau, who lost a confidence vote in June 2024, left the country.", "2024-06"),
    ("A no-confidence motion against Peter Kamau was defeated on Friday.", "2025-03-14"),
])
def test_leaving_office_is_an_event_with_who_left(extractor, text, date):
    res, _, roles = run(extractor, text)
    assert [(e.type, e.date) for e in res.events] == [("other", date)]
    assert ("Peter Kamau", "TARGET_OF", "other") in roles


@pytest.mark.parametrize("text", [
    "Protesters demanded the resignation of the minister, Peter Kamau.",
    "Peter Kamau has refused to resign.",
    "Peter Kamau said he would not step down.",
    "The rebels stepped up their attacks on the town of Garissa.",
    "Peter Kamau quit the talks in Nairobi.",
    "Voters cast their votes in Nairobi on Sunday.",
])
def test_no_resignation_where_none_happened(extractor, text):
    res, _, _ = run(extractor, text)
    assert not [e for e in res.events if e.type == "other"]


def test_an_expulsion_and_a_resignation_told_in_one_sentence_stay_two_events(extractor):
    res, names, _ = run(extractor, "Kenya expelled two Ugandan diplomats on Wednesday and Peter Kamau resigned as "
                                   "interior minister.")
    others = [e for e in res.events if e.type == "other"]
    assert len(others) == 2
    quit_ = [r.target for r in res.relations if r.type == "TARGET_OF" and names.get(r.source) == "Peter Kamau"]
    assert len(quit_) == 1 and any(r.type == "PERPETRATOR_OF" and names.get(r.source) == "Kenya"
                                   and r.target != quit_[0] for r in res.relations)


@pytest.mark.parametrize("text, role", [
    ("Peter Kamau is accused by police of abducting two aid workers in May.", "ACCUSED_OF"),
    ("Peter Kamau is suspected by police of abducting two aid workers in May.", "SUSPECTED_OF"),
])
def test_a_charge_told_after_the_accuser_names_the_deed(extractor, text, role):
    res, _, roles = run(extractor, text)
    assert ("Peter Kamau", role, "attack") in roles
    assert [e.date for e in res.events] == ["2024-05"]


def test_who_survived_being_shot_was_the_target(extractor):
    res, _, roles = run(extractor, "In 2017 another opposition lawmaker, Godfrey Otieno, survived being shot more than "
                                   "a dozen times outside his residence in Dodoma.")
    assert ("Godfrey Otieno", "TARGET_OF", "shooting") in roles
    assert [e.date for e in res.events] == ["2017"]


def test_date_and_place_on_the_second_of_two_joined_verbs(extractor):
    res, names, roles = run(extractor, "Peter Kamau was shot and seriously wounded on Monday evening in Nairobi.")
    [ev] = res.events
    assert ev.type == "shooting" and ev.date == "2025-03-10"
    assert any(r.type == "OCCURRED_IN" and names[r.target] == "Nairobi" for r in res.relations)
    assert ("Peter Kamau", "TARGET_OF", "shooting") in roles


def test_an_arrest_announced_on_a_day_is_dated_that_day(extractor):
    res, _, roles = run(extractor, "The government announced the arrest of Peter Kamau on Monday.")
    assert [(e.type, e.date) for e in res.events] == [("arrest", "2025-03-10")]
    assert ("Peter Kamau", "TARGET_OF", "arrest") in roles


def test_a_state_is_not_the_perpetrator_of_replacing_its_commander(extractor):
    res, _, roles = run(extractor, "Kenya has replaced the commander of its forces in the north, General Peter Kamau, "
                                   "after an ambush on Monday.")
    assert not any(r == ("Kenya", "PERPETRATOR_OF", "other") for r in roles)


def test_two_sanction_acts_of_one_month_on_different_targets_stay_two(extractor):
    res, names, _ = run(extractor, "In January 2025 the US Treasury imposed sanctions on the militia's commander, "
                                   "Peter Kamau, after the State Department found that his forces had burned "
                                   "villages, and a week later it sanctioned the army chief, Gen. John Otieno.")
    sanctions = [e for e in res.events if e.type == "sanction"]
    assert len(sanctions) == 2 and {e.date for e in sanctions} == {"2025-01"}
    targets = [{names[r.source] for r in res.relations if r.target == e.id and r.type == "TARGET_OF"}
               for e in sanctions]
    assert {"Peter Kamau"} in targets and {"John Otieno"} in targets


def test_sanctions_a_target_is_under_imposed_in_a_year_are_an_act_of_that_year(extractor):
    res, _, roles = run(extractor, "Peter Kamau was already under US Treasury sanctions, imposed in 2022.")
    assert [(e.type, e.date) for e in res.events] == [("sanction", "2022")]
    assert ("Peter Kamau", "TARGET_OF", "sanction") in roles


@pytest.mark.parametrize("text, date", [
    ("Washington barred Peter Kamau from entering the United States in 2024.", "2024"),
    ("The EU banned Peter Kamau from travelling to the bloc on Monday.", "2025-03-10"),
])
def test_an_entry_ban_is_a_sanction_act(extractor, text, date):
    res, _, roles = run(extractor, text)
    assert [(e.type, e.date) for e in res.events] == [("sanction", date)]
    assert ("Peter Kamau", "TARGET_OF", "sanction") in roles


def test_barred_from_other_things_is_no_sanction(extractor):
    res, _, _ = run(extractor, "Peter Kamau was barred from running in the election in 2022.")
    assert not [e for e in res.events if e.type == "sanction"]


def test_banned_as_a_terrorist_organisation_is_a_sanction(extractor):
    res, _, roles = run(extractor, "Kenya banned the Kenya Front as a terrorist organisation in 2019. Kenya banned "
                                   "protests in Nairobi on Monday.")
    assert [(e.type, e.date) for e in res.events] == [("sanction", "2019")]
    assert ("Kenya Front", "TARGET_OF", "sanction") in roles


def test_a_deal_then_its_signing_set_off_by_a_comma(extractor):
    res, names, _ = run(extractor, "The violence ended with a peace deal, signed in the hill town of Malino in "
                                   "December 2001.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2001-12")]
    assert any(r.type == "OCCURRED_IN" and names[r.target] == "Malino" for r in res.relations)


def test_a_later_round_of_the_talks_told_is_an_event_of_its_own(extractor):
    res, names, _ = run(extractor, "Talks between Kenya and Uganda began in Nairobi in January 2025. A follow-up round "
                                   "in Istanbul in February broke up without agreement.")
    talks = sorted(e.date for e in res.events if e.type == "negotiation")
    assert talks == ["2025-01", "2025-02"]


@pytest.mark.parametrize("text", ["The EU prepared a new round of sanctions on Monday.",
                                  "Police fired a round into the air on Monday."])
def test_other_rounds_are_no_talks(extractor, text):
    res, _, _ = run(extractor, text)
    assert not [e for e in res.events if e.type == "negotiation"]


def test_an_attack_the_government_accused_a_group_of_carrying_out(extractor):
    _, _, roles = run(extractor, "Gunmen killed 12 soldiers in Garissa on Monday, an attack the government publicly "
                                 "accused the Kenya Liberation Front of carrying out.")
    assert ("Kenya Liberation Front", "ACCUSED_OF", "shooting") in roles


def test_the_accuser_does_no_deed_its_accusation_tells(extractor):
    _, _, roles = run(extractor, "Uganda accused Kenya on Thursday of launching a drone attack on Gulu overnight, "
                                 "killing three people.")
    assert ("Kenya", "ACCUSED_OF", "attack") in roles
    assert not any(a == "Uganda" and r == "PERPETRATOR_OF" for a, r, _ in roles)


def test_the_person_a_lede_describes_is_the_one_named_next(extractor):
    _, _, roles = run(extractor, "Police in Kenya have arrested two men suspected of poisoning a Ugandan financier who "
                                 "had been tracing stolen funds, the government said on Monday. Peter Okello, 52, fell "
                                 "ill on Saturday while dining at a restaurant in Nairobi.")
    assert ("Peter Okello", "TARGET_OF", "poisoning") in roles
    _, _, roles = run(extractor, "A court jailed a senior judge on Monday. Grace Wanjiru, the chief justice, said "
                                 "the ruling was fair.")  # an office holder who speaks is not the judge jailed
    assert not any(a == "Grace Wanjiru" for a, _, _ in roles)


def test_a_victim_taken_ill_dates_the_poisoning(extractor):
    res, _, roles = run(extractor, "Peter Okello, 52, fell violently ill on Saturday while dining at a restaurant in "
                                   "Nairobi. Police said on Monday he had been poisoned with a nerve agent.")
    assert [(e.type, e.date) for e in res.events] == [("poisoning", "2025-03-08")]
    assert ("Peter Okello", "TARGET_OF", "poisoning") in roles
    res, _, _ = run(extractor, "The talks collapsed on Friday. John Otieno fell from a ladder.")
    assert not any(e.type == "attack" for e in res.events)


def test_a_deal_struck_or_a_memorandum_signed_with_a_partner(extractor):
    res, _, roles = run(extractor, "Kenya struck a deal with Uganda in September 2024 under which the troops will leave.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2024-09")]
    assert {("Kenya", "PARTICIPATED_IN", "negotiation"), ("Uganda", "PARTICIPATED_IN", "negotiation")} <= roles
    _, _, roles = run(extractor, "Kenya signed a memorandum of understanding with Uganda in January 2024.")
    assert ("Uganda", "PARTICIPATED_IN", "negotiation") in roles


def test_a_blast_through_a_convoy_and_a_titled_lede_description(extractor):
    _, _, roles = run(extractor, "A roadside bomb ripped through the convoy of a senior judge in Nairobi on Monday "
                                 "evening, police said. Judge Peter Kamau, who heads the anti-corruption court, "
                                 "suffered wounds to his arm.")
    assert ("Peter Kamau", "TARGET_OF", "bombing") in roles
    res, _, _ = run(extractor, "Britain imposed sanctions on a gold trader it accused of funding the militia on "
                               "Monday. Maj. Gen. John Otieno, who commands the militia, denied it.")
    names = {e.id: e.name for e in res.entities}
    assert not any(r.type == "ACCUSED" and names.get(r.target) == "John Otieno" for r in res.relations)


def test_the_two_sides_set_against_each_other_earlier_in_the_sentence(extractor):
    _, _, roles = run(extractor, "Fighting between Kenya and the Kenya Liberation Front resumed on Friday, barely a "
                                 "week after the two sides signed a ceasefire in Doha.")
    assert {("Kenya", "PARTICIPATED_IN", "negotiation"),
            ("Kenya Liberation Front", "PARTICIPATED_IN", "negotiation")} <= roles


def test_sides_that_agreed_took_part_in_talks_the_report_is_hung_on(extractor):
    _, _, roles = run(extractor, "The Kenya Liberation Front and the government have agreed to free more than "
                                 "1,200 detainees in what would be the largest prisoner exchange of the war, the "
                                 "United Nations said on Sunday, after nearly two weeks of closed-door negotiations "
                                 "in Kampala.")
    assert ("Kenya Liberation Front", "PARTICIPATED_IN", "negotiation") in roles
    assert ("United Nations", "PARTICIPATED_IN", "negotiation") not in roles


@pytest.mark.parametrize("text, third", [
    ("Kenya and Uganda resumed talks in Nairobi on Monday under the mediation of Tanzania and Rwanda.", "Rwanda"),
    ("The Kenya Liberation Front and Uganda opened proximity talks in Addis Ababa on Wednesday under the auspices "
     "of the African Union.", "African Union"),
    ("Kenya and Uganda held talks in Nairobi on Monday, hosted by Tanzania.", "Tanzania"),
    ("Omani mediators shuttled between the hotels when face-to-face meetings between Kenya and Uganda broke down "
     "on Tuesday.", "Oman"),
    ("Kenyan negotiators and a Kenya Liberation Front delegation met separately with Egyptian and Qatari mediators "
     "in Cairo on Tuesday.", "Qatar"),
    ("A round of talks in Nairobi between Ugandan and Kenyan diplomats, brokered by Tanzania, broke up on "
     "October 14.", "Tanzania"),
])
def test_mediators_and_hosts_take_part_in_talks(extractor, text, third):
    _, _, roles = run(extractor, text)
    assert any(a == third and r == "PARTICIPATED_IN" for a, r, _ in roles)
    assert any(a == "Kenya" or a == "Kenya Liberation Front" for a, r, _ in roles if r == "PARTICIPATED_IN")


def test_people_announced_subject_to_an_asset_freeze_are_the_targets_of_that_days_act(extractor):
    res, _, roles = run(extractor, "The Foreign Office in London announced on Tuesday that Peter Kamau and John "
                                   "Otieno were subject to an asset freeze and a travel ban.")
    assert [(e.type, e.date) for e in res.events] == [("sanction", "2025-03-11")]
    assert {("Peter Kamau", "TARGET_OF", "sanction"), ("John Otieno", "TARGET_OF", "sanction")} <= roles


def test_a_blacklisting_reported_on_a_day_is_that_days_act(extractor):
    res, _, roles = run(extractor, "Japan's foreign ministry said on Wednesday it had blacklisted six individuals and "
                                   "two entities, including Peter Kamau and Coast Express.")
    assert [(e.type, e.date) for e in res.events] == [("sanction", "2025-03-12")]
    assert ("Coast Express", "TARGET_OF", "sanction") in roles


def test_the_acts_of_a_coup_told_in_its_sentence_are_the_coup(extractor):
    res, _, _ = run(extractor, "In May 2019 a group of soldiers stormed two police posts in Gitega in what the "
                               "president called an attempted coup.")
    assert [(e.type, e.date) for e in res.events] == [("mutiny", "2019-05")]
    res, _, _ = run(extractor, "In June 2023 gunmen attacked a barracks outside Kigali, in a raid the police "
                               "blamed on bandits rather than a coup attempt.")
    assert [e.type for e in res.events if e.type == "mutiny"] == []


def test_an_expulsion_the_summoned_envoy_was_informed_of_is_dated_by_the_summons(extractor):
    res, _, _ = run(extractor, "The foreign ministry summoned Uganda's ambassador on Wednesday and informed him that "
                               "the first secretary had been declared persona non grata.")
    assert ("other", "2025-03-12") in [(e.type, e.date) for e in res.events]


def test_ending_days_of_talks_on_a_day_dates_the_talks(extractor):
    res, _, _ = run(extractor, "Kenyan and Ugandan negotiators ended three days of talks in Arusha on Monday with a "
                               "provisional deal to exchange several hundred detainees.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2025-03-10")]


def test_they_quoted_before_the_speaker_are_not_the_speaker(extractor):
    _, _, roles = run(extractor, "Gunmen shot dead Senator Mary Wanjiru in Garissa on Tuesday. \"They came to kill a "
                                 "senator of the republic,\" Interior Minister Peter Kamau said.")
    assert not any(a == "Peter Kamau" and r == "PERPETRATOR_OF" for a, r, _ in roles)
    _, _, roles = run(extractor, "The Kenya Liberation Front said they had attacked the Garissa barracks on Tuesday.")
    assert ("Kenya Liberation Front", "PERPETRATOR_OF", "attack") in roles


def test_someone_found_shot_dead_is_the_target_not_the_shooter(extractor):
    _, _, roles = run(extractor, "Mary Wanjiru, the prosecutor who had accused them of covering up the plot, was "
                                 "found shot dead in her apartment in January 2015.")
    assert ("Mary Wanjiru", "TARGET_OF", "shooting") in roles
    assert ("Mary Wanjiru", "PERPETRATOR_OF", "shooting") not in roles
    _, _, roles = run(extractor, "Peter Kamau was found stabbed to death at his home in Nairobi on Monday.")
    assert not any(r == "PERPETRATOR_OF" for _, r, _ in roles)


def test_a_year_agreement_negotiated_by_two_states_is_dated_that_year(extractor):
    res, _, roles = run(extractor, "A 2013 agreement negotiated by Kenya and Uganda to jointly investigate the attack "
                                   "was struck down by the courts.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2013")]
    assert {("Kenya", "PARTICIPATED_IN", "negotiation"), ("Uganda", "PARTICIPATED_IN", "negotiation")} <= roles


@pytest.mark.parametrize("text, named", [
    ("Police arrested two men in dawn raids in Garissa on Wednesday. The men, Peter Kamau and John Otieno, are "
     "accused of smuggling weapons.", {"Peter Kamau", "John Otieno"}),
    ("Three suspects were detained on Monday in Mombasa, police said. They were named as Peter Kamau, John Otieno "
     "and David Mwangi.", {"Peter Kamau", "John Otieno", "David Mwangi"}),
    ("The suspects were detained on Tuesday in Nairobi, the agency said. Among them was Peter Kamau, a serving army "
     "major.", {"Peter Kamau"}),
])
def test_people_named_after_a_group_arrest_were_arrested(extractor, text, named):
    _, _, roles = run(extractor, text)
    assert {(n, "TARGET_OF", "arrest") for n in named} <= roles


def test_the_suspects_are_the_people_listed_just_before(extractor):
    _, _, roles = run(extractor, "Prosecutors accuse Peter Kamau, John Otieno and David Mwangi of spying for Uganda. "
                                 "The suspects had been detained on Wednesday in raids on two farmhouses.")
    assert {(n, "TARGET_OF", "arrest") for n in ("Peter Kamau", "John Otieno", "David Mwangi")} <= roles


def test_the_head_of_a_states_police_at_talks_brings_the_state(extractor):
    _, _, roles = run(extractor, "Chinese Vice Minister of Public Security Liu Wei held talks in Vientiane with the "
                                 "head of the Lao police on Monday.")
    assert ("Laos", "PARTICIPATED_IN", "negotiation") in roles


def test_tit_for_tat_expulsions_are_two_acts_each_dated_and_by_its_state(extractor):
    res, names, _ = run(extractor, "Tanzania expelled two Kenyan diplomats in 2023, weeks after Nairobi had sent "
                                   "home five Tanzanians it accused of spying.")
    doers = {names[r.source]: next(e.date for e in res.events if e.id == r.target)
             for r in res.relations if r.type == "PERPETRATOR_OF"}
    assert doers == {"Tanzania": "2023", "Kenya": "2023"}
    assert len({r.target for r in res.relations if r.type == "PERPETRATOR_OF"}) == 2


def test_an_officer_whom_a_state_expelled_is_the_target_of_that_expulsion(extractor):
    res, _, roles = run(extractor, "Among them was Colonel Peter Mwangi, a Kenyan officer whom Tanzania had expelled "
                                   "in 2022 after he was photographed near a barracks.")
    assert ("Peter Mwangi", "TARGET_OF", "other") in roles and ("Tanzania", "PERPETRATOR_OF", "other") in roles
    assert [e.date for e in res.events] == ["2022"]


def test_the_one_caught_in_the_act_when_an_attack_struck_is_its_target_that_day(extractor):
    for text in ("Grace Atieno was leaving a gym in Nakuru on Tuesday when a gunman opened fire, police said.",
                 "Grace Atieno, a 39-year-old prison officer, was reversing out of her driveway in Nakuru on "
                 "Tuesday when a device fixed beneath the driver's seat detonated, police said."):
        res, _, roles = run(extractor, text)
        assert ("Grace Atieno", "TARGET_OF", next(e.type for e in res.events)) in roles, text
        assert [e.date for e in res.events] == ["2025-03-11"], text


def test_a_man_something_was_handed_to_is_not_the_one_arrested(extractor):
    _, _, roles = run(extractor, "Police arrested a defence official, Peter Mwangi, on Friday. He was detained at "
                                 "his home after officers saw him hand a memory stick to a man later identified as "
                                 "Ivan Petrov, a Russian diplomat.")
    assert ("Peter Mwangi", "TARGET_OF", "arrest") in roles
    assert ("Ivan Petrov", "TARGET_OF", "arrest") not in roles


def test_brokers_listed_together_and_a_meeting_that_brought_people_together_take_part(extractor):
    res, _, roles = run(extractor, "The truce was agreed on Tuesday after a week of indirect talks in Arusha, brokered "
                                   "by Tanzania together with the African Union and Norway.")
    for broker in ("Tanzania", "African Union", "Norway"):
        assert (broker, "PARTICIPATED_IN", "negotiation") in roles
    res, _, roles = run(extractor, "Wednesday's meeting, held at the headquarters of the African Union in Addis Ababa, "
                                   "brought together Mary Wanjiru and her Ugandan counterpart, John Okello.")
    assert ("Mary Wanjiru", "PARTICIPATED_IN", "meeting") in roles
    assert ("John Okello", "PARTICIPATED_IN", "meeting") in roles


def test_an_undated_attack_on_a_named_place_is_kept(extractor):
    res, _, _ = run(extractor, "That was the night a bomb packed into a fuel drum exploded against the wall of the "
                               "police station in Lodwar, killing three officers and wounding five.")
    assert [(e.type, e.location) for e in res.events] == [("bombing", next(
        x.id for x in res.entities if x.name == "Lodwar"))]


def test_the_state_that_brokered_a_ceasefire_took_part_in_it(extractor):
    _, _, roles = run(extractor, "The ceasefire that Tanzania brokered in Arusha in January between the Kenyan army "
                                 "and the Kenya Liberation Front has collapsed.")
    assert ("Tanzania", "PARTICIPATED_IN", "negotiation") in roles


def test_opened_fire_is_a_shooting_and_the_one_hit_or_driven_is_its_target(extractor):
    res, _, roles = run(extractor, "Peter Mwangi was hit in the chest when two men on a motorcycle pulled alongside "
                                   "his car and fired through the window late on Tuesday.")
    assert ("Peter Mwangi", "TARGET_OF", "shooting") in roles
    res, _, roles = run(extractor, "Grace Atieno was being driven home on Tuesday evening when two motorcycles pulled "
                                   "alongside her vehicle and their passengers opened fire.")
    assert ("Grace Atieno", "TARGET_OF", "shooting") in roles
    assert ("Grace Atieno", "PERPETRATOR_OF", "shooting") not in roles
    assert [e.date for e in res.events] == ["2025-03-11"]
    res, _, _ = run(extractor, "Ugandan forces opened fire with mortars on the village of Busia late on Tuesday.")
    assert [e.type for e in res.events] == ["attack"]


def test_a_claim_of_responsibility_a_day_later_joins_the_attack_it_claims(extractor):
    res, _, roles = run(extractor, "Gunmen killed 11 passengers on a bus near Garissa on Tuesday. The Kenya "
                                   "Liberation Front claimed responsibility for the attack on Wednesday.")
    assert [(e.type, e.date) for e in res.events] == [("shooting", "2025-03-11")]
    assert ("Kenya Liberation Front", "PERPETRATOR_OF", "shooting") in roles


def test_a_cut_or_damaged_cable_is_an_attack_but_cut_subsidies_and_severed_ties_are_not(extractor):
    res, _, _ = run(extractor, "Investigators said a cargo ship had dragged its anchor and damaged an undersea "
                               "cable off Lamu in March 2024.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2024-03")]
    res, _, _ = run(extractor, "Coast guards boarded a tanker suspected of severing a subsea power cable on Tuesday.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2025-03-11")]
    res, _, _ = run(extractor, "The government cut fuel subsidies on Tuesday and the floods damaged roads.")
    assert res.events == []
    res, _, _ = run(extractor, "Kenya severed diplomatic relations with Uganda on Tuesday.")
    assert [e.type for e in res.events] == ["other"]


def test_positions_shelled_on_a_given_day_are_one_attack_not_a_record(extractor):
    res, _, _ = run(extractor, "Kenya's defence ministry said Ugandan units had shelled positions of the Kenyan "
                               "army near Busia before dawn on Monday.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2025-03-10")]
    res, _, _ = run(extractor, "Officials said on Monday that the militia had looted markets and villages.")
    assert res.events == []



def test_the_ledes_indefinite_event_is_the_one_later_sentences_date(extractor):
    res, names, roles = run(extractor, "Kenya on Monday blamed Uganda's Internal Security Organisation for a cyber "
                                       "attack that crippled the computers of the Bunge, the country's "
                                       "parliament, earlier this month, a rare step for a government that has long "
                                       "avoided naming foreign hackers. The attack, first noticed by technicians on "
                                       "March 2, kept the Bunge offline for a week. The agency has been linked to "
                                       "several intrusions, among them the 2019 attack on the Tanzanian treasury.")
    assert sorted(e.date for e in res.events if e.type == "attack") == ["2019", "2025-03-02"]
    accused = [r for r in res.relations if r.type == "ACCUSED_OF"]
    assert [next(e.date for e in res.events if e.id == r.target) for r in accused] == ["2025-03-02"]


def test_an_expulsion_a_plot_prompted_is_an_act_but_a_threat_to_expel_is_not(extractor):
    res, names, roles = run(extractor, "The plot was uncovered on Tuesday, prompting Nairobi to expel two Ugandan "
                                       "diplomats.")
    assert ("Kenya", "PERPETRATOR_OF", "other") in roles
    res, names, roles = run(extractor, "Kenya threatened on Tuesday to expel two Ugandan diplomats.")
    assert not [e for e in res.events if e.type == "other"]


def test_the_officer_an_appointee_replaces_is_removed(extractor):
    res, names, roles = run(extractor, "A presidential decree broadcast on Monday evening appointed Brigadier "
                                       "General Peter Kamau as commander of the northern defence zone, replacing "
                                       "General John Otieno.")
    assert ("John Otieno", "TARGET_OF", "other") in roles
    res, names, roles = run(extractor, "Engineers began replacing John Otieno's old car on Monday.")
    assert not res.events


def test_a_named_treaty_the_clause_says_was_signed_is_a_negotiation(extractor):
    res, names, roles = run(extractor, "Under the Lamu Treaty, which the two neighbours signed in 2022, Kenya "
                                       "pays for the port.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2022")]
    res, names, roles = run(extractor, "The row threatens the Mombasa Declaration on border trade that President "
                                       "John Otieno and President Peter Kamau signed in December 2021.")
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2021-12")]
    assert ("John Otieno", "PARTICIPATED_IN", "negotiation") in roles
    res, names, roles = run(extractor, "The decree, which the president signed in December 2024, took effect.")
    assert res.events == []


def test_a_deadline_in_hours_is_no_time_of_the_act(extractor):
    res, _, _ = run(extractor, "A Kenyan official has been charged with espionage, prosecutors said on Wednesday, "
                               "as the government ordered two Ugandan diplomats to leave the country within 72 "
                               "hours.")
    assert [(e.type, e.date) for e in res.events] == [("other", "2025-03-12")]


def test_the_chair_of_talks_takes_part_and_a_count_since_a_year_does_not_date_them(extractor):
    res, names, roles = run(extractor, "Kenya and Uganda held talks in Kampala on Monday. The talks, the fourth "
                                       "round since the two governments agreed in 2019 to settle the border, were "
                                       "chaired by Peter Kamau, a retired judge.")
    assert ("Peter Kamau", "PARTICIPATED_IN", "negotiation") in roles
    talks = [e for e in res.events if any(names.get(r.source) == "Peter Kamau" and r.target == e.id
                                          for r in res.relations)]
    assert [e.date for e in talks] == ["2025-03-10"]
    res, _, _ = run(extractor, "Gunmen attacked a police post in Garissa on Tuesday, the deadliest attack in the "
                               "county since 2019.")
    assert [e.date for e in res.events] == ["2025-03-11"]


def test_delegation_heads_a_paragraph_after_the_talks_and_an_elided_delegation(extractor):
    filler = ("In a joint statement, the two governments said a technical committee would map the disputed "
              "stretch of the river and report back within a year on the fishing rights of the lakeside villages, "
              "a question that has soured relations between the neighbours for more than a decade and led to "
              "repeated seizures of boats, nets and catches by patrols from both sides of the water. ")
    res, names, roles = run(extractor, "Kenya and Uganda held two days of talks in Kampala that ended on Monday. "
                                       + filler + "Kenya's delegation was led by Mary Wanjiru, the foreign minister. "
                                       "Uganda's was headed by John Okello, a senior diplomat.")
    assert ("Mary Wanjiru", "PARTICIPATED_IN", "negotiation") in roles
    assert ("John Okello", "PARTICIPATED_IN", "negotiation") in roles


def test_the_day_outside_a_day_after_clause_is_the_anchors(extractor):
    res, _, _ = run(extractor, "Kenya arrested two men on Thursday, a day after the United States imposed sanctions "
                               "on the Kilindini Shipping Company.")
    assert {(e.type, e.date) for e in res.events} == {("arrest", "2025-03-13"), ("sanction", "2025-03-12")}


def test_unnamed_diplomats_sent_away_stand_for_their_state(extractor):
    res, names, roles = run(extractor, "Uganda denied the claims. In April 2023, Nairobi expelled 15 Ugandan "
                                       "diplomats it said were intelligence officers. Kampala retaliated by "
                                       "ordering out 10 Kenyan diplomats.")
    assert ("Uganda", "TARGET_OF", "other") in roles and ("Kenya", "TARGET_OF", "other") in roles
    res, names, roles = run(extractor, "Uganda protested. Kenya expelled John Otieno, a Ugandan diplomat, in 2021.")
    assert ("John Otieno", "TARGET_OF", "other") in roles and ("Uganda", "TARGET_OF", "other") not in roles


def test_arson_ramming_and_exchanges_of_fire_are_attacks(extractor):
    for text in ("Rebels set fire to a survey camp in Kisumu on Monday.",
                 "A Ugandan ship rammed a Kenyan fishing boat off Lamu on Monday.",
                 "A Ugandan patrol boat turned a water cannon on a Kenyan fishing boat near the reef on Monday.",
                 "Kenyan soldiers exchanged fire with unidentified armed men near Lokichogio on Monday."):
        res, _, _ = run(extractor, text)
        assert [(e.type, e.date) for e in res.events] == [("attack", "2025-03-10")], text
    for text in ("Some 30 fighters set fire to their rifles at a ceremony near Garissa on Monday.",
                 "The minister set out his plan on Monday.", "Prisoners were exchanged on Monday."):
        res, _, _ = run(extractor, text)
        assert not any(e.type == "attack" for e in res.events), text


def test_days_after_a_deed_hung_deep_in_the_phrase_and_a_reports_day_is_not_an_old_act(extractor):
    res, _, _ = run(extractor, "Kenya has ordered a Ugandan diplomat to leave the country within a week, the foreign "
                               "ministry said on Wednesday, two days after an engineer at a company that builds "
                               "sensors for the navy was arrested in Mombasa.")
    assert {(e.type, e.date) for e in res.events} == {("other", "2025-03-12"), ("arrest", "2025-03-10")}
    res, _, _ = run(extractor, "Uganda protested. Kenya has ordered a Ugandan diplomat to leave the country, the "
                               "foreign ministry said on Wednesday. In April 2023, Nairobi expelled 15 Ugandan "
                               "diplomats.")
    assert sorted(e.date for e in res.events if e.type == "other") == ["2023-04", "2025-03-12"]


def test_a_bodys_drones_striking_a_column_of_fighters_name_doer_and_target(extractor):
    res, names, roles = run(extractor, "The Kenya Defence Forces said on Wednesday that its drones had struck a column "
                                       "of Kenya Liberation Front fighters on Tuesday near Mandera.")
    assert ("Kenya Defence Forces", "PERPETRATOR_OF", "attack") in roles
    assert ("Kenya Liberation Front", "TARGET_OF", "attack") in roles


def test_a_participle_joined_to_a_passive_was_done_to_its_subject(extractor):
    res, names, roles = run(extractor, "Peter Kamau, who was removed by parliament and arrested in December 2022, "
                                       "remains in jail.")
    assert ("Peter Kamau", "TARGET_OF", "arrest") in roles
    assert ("Peter Kamau", "PERPETRATOR_OF", "arrest") not in roles


def test_a_clause_after_after_the_parser_read_as_a_phrase_keeps_its_subject(extractor):
    _, _, roles = run(extractor, "In a statement issued after Uganda's ambassador, John Otieno, was summoned to the "
                                 "ministry in Nairobi, Kenya accused Ugandan troops of shelling its border posts.")
    assert ("John Otieno", "PARTICIPATED_IN", "meeting") in roles
    assert ("Uganda", "PARTICIPATED_IN", "meeting") in roles


def test_bearing_responsibility_or_condemned_for_a_deed_is_accused_of_it(extractor):
    _, _, roles = run(extractor, "Peter Kamau said Uganda bore responsibility for the attack on the convoy on "
                                 "Monday.")
    assert ("Uganda", "ACCUSED_OF", "attack") in roles
    _, _, roles = run(extractor, "Kenya condemned the Kenya Liberation Front for the bombing of a bus in Mombasa "
                                 "on Tuesday.")
    assert ("Kenya Liberation Front", "ACCUSED_OF", "bombing") in roles


def test_riots_fighting_and_a_war_fought_are_attacks_but_riot_police_and_fighting_graft_are_not(extractor):
    res, _, _ = run(extractor, "The riots of May 2024, triggered by a vote in parliament, left 14 people dead in "
                               "Nairobi.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2024-05")]
    res, _, _ = run(extractor, "Kenya and Uganda fought a six-week war in 2020 over the island.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2020")]
    res, _, _ = run(extractor, "The truce collapsed after fighting in the Turkana region left more than 80 people "
                               "dead in January.")
    assert any(e.type == "attack" for e in res.events)
    res, _, _ = run(extractor, "Riot police lined the streets of Nairobi in 2024 as the president vowed to keep "
                               "fighting corruption.")
    assert not res.events


def test_the_of_object_of_a_deed_noun_is_its_target(extractor):
    res, _, roles = run(extractor, "Two years after Tanzania's invasion of Kenya, the border reopened.")
    assert ("Kenya", "TARGET_OF", "invasion") in roles and ("Tanzania", "PERPETRATOR_OF", "invasion") in roles
    assert ("Tanzania", "TARGET_OF", "invasion") not in roles
    res, _, roles = run(extractor, "The FBI blamed the Kenya Liberation Front for the 2014 hacking of Baraka Forex.")
    assert ("Baraka Forex", "TARGET_OF", "attack") in roles


def test_one_of_the_men_arrested_is_the_arrests_target(extractor):
    res, _, roles = run(extractor, "Peter Kamau, one of the men arrested by police in Nairobi on Monday, denied it.")
    assert ("Peter Kamau", "TARGET_OF", "arrest") in roles


def test_a_campaign_to_sway_an_election_is_interference(extractor):
    res, _, roles = run(extractor, "Kenya expelled two Ugandan diplomats on Wednesday, accusing Kampala of "
                                   "orchestrating a covert campaign to sway local elections in September.")
    assert ("Uganda", "ACCUSED_OF", "election_interference") in roles
    res, _, roles = run(extractor, "The Kenya Freedom Party tried to sway the minister with bribes.")
    assert not any(e.type == "election_interference" for e in res.events)


def test_cyber_thefts_and_break_ins_strangling_and_deportation(extractor):
    res, _, roles = run(extractor, "Kenya blamed Uganda for the 2022 theft of millions of customer records from the "
                                   "insurer Baraka Health.")
    assert ("Baraka Health", "TARGET_OF", "attack") in roles and ("Uganda", "ACCUSED_OF", "attack") in roles
    res, _, roles = run(extractor, "Hackers had broken into the networks of Baraka Marine, a contractor, in 2024.")
    assert ("Baraka Marine", "TARGET_OF", "attack") in roles
    res, _, _ = run(extractor, "Thieves stole a car in Nairobi in May. The theft of cattle is common.")
    assert not res.events
    res, _, _ = run(extractor, "The 2014 strangling of a former Kenyan spy chief in a hotel room shocked Nairobi.")
    assert [(e.type, e.date) for e in res.events] == [("attack", "2014")]
    res, _, roles = run(extractor, "Uganda deported Peter Kamau in 2019.")
    assert {("Uganda", "PERPETRATOR_OF", "other"), ("Peter Kamau", "TARGET_OF", "other")} <= roles


def test_a_state_whose_ambassador_is_expelled_and_a_victim_after_the_date(extractor):
    res, _, roles = run(extractor, "Last month Kenya expelled Uganda's ambassador.")
    assert ("Uganda", "TARGET_OF", "other") in roles and ("Kenya", "PERPETRATOR_OF", "other") in roles
    res, _, roles = run(extractor, "Kenya expelled a Ugandan diplomat, John Otieno, on Monday.")
    assert ("John Otieno", "TARGET_OF", "other") in roles and ("Uganda", "TARGET_OF", "other") not in roles
    res, _, roles = run(extractor, "Police linked the gang to the stabbing last March of John Otieno, a presenter.")
    assert ("John Otieno", "TARGET_OF", "attack") in roles


def test_the_body_an_envoy_is_summoned_to_takes_part(extractor):
    res, _, roles = run(extractor, "The Ugandan ambassador was summoned to the Kenyan foreign ministry on Friday.")
    assert {("Uganda", "PARTICIPATED_IN", "meeting"), ("Kenyan foreign ministry", "PARTICIPATED_IN", "meeting")} <= roles


@pytest.mark.parametrize("text", [
    "A drone attack claimed by the Kenya Liberation Front set a fuel tank ablaze at the refinery on Sunday.",
    "The attack on the police post on Tuesday was claimed that evening by the Kenya Liberation Front.",
])
def test_an_attack_claimed_by_a_group_is_its_deed_not_a_suspicion(extractor, text):
    _, _, roles = run(extractor, text)
    assert ("Kenya Liberation Front", "PERPETRATOR_OF", "attack") in roles
    assert ("Kenya Liberation Front", "SUSPECTED_OF", "attack") not in roles


def test_a_lawyer_speaking_of_his_client_is_not_the_one_arrested(extractor):
    _, _, roles = run(extractor, "Police arrested John Otieno over the shooting of a judge in Kisumu on Monday. A "
                                 "lawyer for Otieno, Peter Kamau, said his client had been at work at the time of the "
                                 "shooting and had been beaten by officers during his arrest.")
    assert ("John Otieno", "TARGET_OF", "arrest") in roles
    assert not any(a == "Peter Kamau" and r in ("TARGET_OF", "SUSPECTED_OF") for a, r, _ in roles)


@pytest.mark.parametrize("text, mutiny", [
    ("Soldiers of the army's 5th Division briefly seized their own barracks in Garissa on Sunday.", True),
    ("Around 150 troops from a rifle battalion refused orders on Sunday and barricaded themselves inside.", True),
    ("About 150 soldiers of an infantry battalion turned their weapons on their officers on Sunday.", True),
    ("Police officers had occupied the armoury at Fort Jesus on Sunday night.", True),
    ("Police seized weapons and cash in a raid on Sunday.", False),
    ("The minister refused orders from the court on Sunday.", False),
])
def test_soldiers_against_their_own_command_is_a_mutiny(extractor, text, mutiny):
    res, _, _ = run(extractor, text)
    assert any(e.type == "mutiny" for e in res.events) == mutiny


def test_someone_held_on_suspicion_of_another_offence_is_no_suspect_of_the_attack(extractor):
    story = "Gunmen shot dead lawmaker Grace Wanjiru in Nairobi on Monday. "
    _, _, roles = run(extractor, story + "Police said officers had on Thursday detained Peter Kamau, a former "
                                 "official, on suspicion of money laundering and misconduct in public office.")
    assert ("Peter Kamau", "SUSPECTED_OF", "shooting") not in roles
    _, _, roles = run(extractor, story + "Police detained Peter Kamau on Thursday on suspicion of involvement in the "
                                 "killing.")
    assert ("Peter Kamau", "SUSPECTED_OF", "shooting") in roles


def test_suspecting_a_group_after_an_attack_suspects_it_of_that_attack(extractor):
    _, _, roles = run(extractor, "A car bomb killed three soldiers in Mombasa on Monday. Some security analysts had "
                                 "initially suspected the Kenya Liberation Front, a rival faction.")
    assert ("Kenya Liberation Front", "SUSPECTED_OF", "bombing") in roles
    _, _, roles = run(extractor, "Police suspect Peter Kamau. A car bomb killed three soldiers in Mombasa on Monday.")
    assert not any(a == "Peter Kamau" and r == "SUSPECTED_OF" for a, r, _ in roles)  # (no attack told before)


@pytest.mark.parametrize("text", [
    "Prisoner talks opened in Muscat on Saturday. The Kenya Liberation Front and the International Committee of the "
    "Red Cross attended the talks.",
    "The African Union and the United Nations attended the talks in Addis Ababa on Saturday.",
])
def test_third_parties_at_talks_are_not_paired_as_sides(extractor, text):
    res = extractor.extract(Article(text=text, published=PUBLISHED))
    assert not any(r.type == "NEGOTIATED_WITH" for r in res.relations)
    assert sum(r.type == "PARTICIPATED_IN" for r in res.relations) == 2


@pytest.mark.parametrize("text, attack", [
    ("Police said Kenyan agents were behind the fire that destroyed the Lamu shopping centre in May 2024.", True),
    ("A blaze in September gutted a warehouse in Mombasa used to store medical supplies.", True),
    ("A fire broke out in the kitchen of the hotel on Monday.", False),
    ("The convoy came under fire near Garissa on Monday.", True),  # (an attack on the convoy: see below)
    ("The minister came under fire from lawmakers on Monday.", False),
    ("Rioters burned much of Lamu town in November 2021.", True),
    ("Crowds burned shops and houses in Mombasa on Monday.", True),
    ("He burned his passport in 2021.", False),
])
def test_a_fire_or_burning_that_destroyed_places_is_an_attack(extractor, text, attack):
    res = extractor.extract(Article(text=text, published=PUBLISHED))
    assert any(e.type == "attack" for e in res.events) == attack


@pytest.mark.parametrize("text, attack", [
    ("Investigators linked the group to arson attacks on a Lamu synagogue in Mombasa in 2023.", True),
    ("The group carried out attacks on soldiers in 2023.", False),
])
def test_attacks_on_one_named_target_in_a_year_are_an_event(extractor, text, attack):
    res = extractor.extract(Article(text=text, published=PUBLISHED))
    assert any(e.type == "attack" and e.date == "2023" for e in res.events) == attack


def test_a_call_between_two_ministers_is_a_meeting_apart_from_a_summons_that_day(extractor):
    res, names, roles = run(extractor, "Kenya summoned Uganda's ambassador on Tuesday. Late on Tuesday, Kenya's "
                                       "foreign minister, Peter Kamau, and his Ugandan counterpart, John Otieno, "
                                       "spoke by telephone and agreed to set up a joint commission.")
    calls = [e for e in res.events if e.type == "meeting" and e.date == "2025-03-11"]
    assert len(calls) == 2  # the summons and the call
    call = next(e for e in calls if "telephone" in e.evidence[0].sentence)
    parties = {names[r.source] for r in res.relations if r.target == call.id and r.type == "PARTICIPATED_IN"}
    assert {"Peter Kamau", "John Otieno"} <= parties


@pytest.mark.parametrize("text", [
    "Two grenades were thrown into the market on Monday, according to witnesses who spoke to AFP by telephone.",
    "Peter Kamau has refused to resign and has spoken by phone with foreign officials.",
])
def test_a_source_reached_by_phone_or_calls_over_time_are_no_meeting(extractor, text):
    res, _, _ = run(extractor, text)
    assert not [e for e in res.events if e.type == "meeting"]


def test_one_said_to_have_planted_the_device_is_accused_of_the_bombing(extractor):
    text = ("A roadside bomb ripped through a police truck near Garissa on Monday, killing four officers. That "
            "bomb, police chief Peter Kamau said on Tuesday, had been planted by two members of the Kenya Liberation "
            "Front.")
    res, names, roles = run(extractor, text)
    assert ("Kenya Liberation Front", "ACCUSED_OF", "bombing") in roles
    assert any(r.type == "ACCUSED" and names[r.source] == "Peter Kamau" and names[r.target] == "Kenya Liberation Front"
               for r in res.relations)
    res, names, roles = run(extractor, text.replace("That bomb", "That tree").replace("roadside bomb", "storm")
                            .replace("ripped through", "hit"))  # planting trees is no deed
    assert not [r for r in res.relations if r.type == "ACCUSED"]


def test_soldiers_taking_over_a_barracks_or_the_broadcaster_is_a_mutiny(extractor):
    res, names, roles = run(extractor, "Hundreds of Northern Rifles soldiers took over their barracks in Marsabit "
                                       "on Tuesday.")
    assert [e.type for e in res.events] == ["mutiny"]
    res, _, _ = run(extractor, "Mutinous troops took control of the state broadcaster in Marsabit on Tuesday.")
    assert [e.type for e in res.events] == ["mutiny"]
    res, _, _ = run(extractor, "Government troops took control of the town of Marsabit on Tuesday.")
    assert not [e for e in res.events if e.type == "mutiny"]  # a town taken is war


@pytest.mark.parametrize("text", [
    "In March 2019 the generals seized power, ousting President Grace Wanjiru.",
    "Officers of the presidential guard seized power from Grace Wanjiru in March 2019.",
    "Capt. Peter Kamau, who seized power in March 2019 by overthrowing Grace Wanjiru, spoke on Monday.",
    "The region has been tense since the coup of March 2019 that toppled President Grace Wanjiru.",
])
def test_whom_a_coup_removed_is_its_target(extractor, text):
    _, _, roles = run(extractor, text)
    assert ("Grace Wanjiru", "TARGET_OF", "mutiny") in roles


def test_a_coup_that_failed_to_topple_someone_does_not_target_them(extractor):
    _, _, roles = run(extractor, "The coup of March 2019, which did not topple President Grace Wanjiru, was led "
                                 "by Capt. Peter Kamau.")
    assert ("Grace Wanjiru", "TARGET_OF", "mutiny") not in roles


def test_a_titled_name_set_off_after_an_office_names_the_one_removed(extractor):
    res, names, roles = run(extractor, "The coast guard said on Friday that it had sacked the head of the "
                                       "Malindi patrol base, Capt. Peter Kamau, over the escape of two suspects.")
    assert ("Peter Kamau", "TARGET_OF", "other") in roles


def test_the_dead_identified_later_are_the_victims_of_the_strike(extractor):
    _, _, roles = run(extractor, "A drone strike on a car near Garissa killed a senior commander of the Kenya "
                                 "Liberation Front on Wednesday. Officials later identified the victim as Peter "
                                 "Kamau, a bomb-maker for the group.")
    assert ("Peter Kamau", "TARGET_OF", "bombing") in roles
    _, _, roles = run(extractor, "A bomb killed two guards outside a court in Garissa on Wednesday. Police later "
                                 "arrested three men and identified the men as Peter Kamau, John Otieno and "
                                 "Ali Wario.")
    assert not [r for r in roles if r[1] == "TARGET_OF" and r[2] == "bombing"]  # those held, not the dead


def test_people_held_over_blasts_are_suspected_of_them(extractor):
    _, _, roles = run(extractor, "Police detained three men over Monday's blasts at a fuel depot in Nakuru and "
                                 "named them as Peter Kamau, John Otieno and Ali Wario.")
    assert {("Peter Kamau", "SUSPECTED_OF", "bombing"), ("Ali Wario", "SUSPECTED_OF", "bombing")} <= roles


def test_a_police_squad_stands_for_the_one_police_force_named(extractor):
    res, names, roles = run(extractor, "The Kenya People's Alliance accused a police squad in plain clothes of "
                                       "carrying out Monday's attack on John Otieno. The Kenya Police Service denied "
                                       "any role.")
    assert ("Kenya Police Service", "ACCUSED_OF", "attack") in roles


def test_a_state_following_within_hours_acts_the_same_day(extractor):
    res, names, roles = run(extractor, "The UN Security Council imposed sanctions on Peter Kamau on Monday. Japan "
                                       "followed within hours, freezing the assets of Kamau and his brother.")
    acts = sorted(e.date for e in res.events if e.type == "sanction")
    assert len(acts) == 2 and acts[0] == acts[1] == "2025-03-10"


def test_arrested_within_hours_of_a_day_is_that_day(extractor):
    res, _, _ = run(extractor, "Gunmen shot dead a judge in Mombasa on Monday. Police arrested two suspects within "
                               "hours.")
    assert [e.date for e in res.events if e.type == "arrest"] == ["2025-03-10"]


def test_a_call_by_hotline_between_two_states_officers_is_a_meeting_of_the_two(extractor):
    res, names, roles = run(extractor, "The defence ministers of Kenya and Uganda spoke by hotline late on Tuesday "
                                       "as border clashes spread.")
    assert {("Kenya", "PARTICIPATED_IN", "meeting"), ("Uganda", "PARTICIPATED_IN", "meeting")} <= roles
    assert any(r.type == "NEGOTIATED_WITH" and {names[r.source], names[r.target]} == {"Kenya", "Uganda"}
               for r in res.relations)


def test_one_hit_in_the_chest_is_a_victim_of_the_attack_told(extractor):
    _, _, roles = run(extractor, "A Kenyan police officer was shot dead at a border post on Monday. Officer John "
                                 "Otieno was hit in the leg as gunmen fired on the post.")
    assert ("John Otieno", "TARGET_OF", "shooting") in roles
    _, _, roles = run(extractor, "Kenya striker John Otieno was hit in the face by the ball during Sunday's match.")
    assert not roles


def test_coming_under_fire_is_an_attack_on_the_subject(extractor):
    res, _, roles = run(extractor, "A motorcade carrying Governor John Otieno came under fire from gunmen outside "
                                   "Garissa on Sunday.")
    assert [e.type for e in res.events] == ["attack"] and ("John Otieno", "TARGET_OF", "attack") in roles
    res, _, _ = run(extractor, "The minister came under fire from lawmakers on Sunday.")
    assert not res.events


@pytest.mark.parametrize("said, accused", [
    ("Police chief Peter Kamau said John Otieno was the mastermind behind the bombing.", True),
    ("Police chief Peter Kamau said a rival trader, John Otieno, was the architect of the attack.", True),
    ("Police chief Peter Kamau said John Otieno was the organiser of Saturday's peace march.", False),
    ("Police chief Peter Kamau said John Otieno was not the mastermind of the bombing.", False),
    ("Police chief Peter Kamau said John Otieno was the author of a report on the bombing.", False),
])
def test_one_said_to_be_the_mastermind_of_the_deed_is_accused_of_it(extractor, said, accused):
    res, names, roles = run(extractor, "A bomb killed two guards outside a court in Garissa on Monday. " + said)
    assert (("John Otieno", "ACCUSED_OF", "bombing") in roles) == accused
    assert any(r.type == "ACCUSED" and names[r.target] == "John Otieno" for r in res.relations) == accused
