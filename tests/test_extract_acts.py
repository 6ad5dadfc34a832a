"""Sanctions and deals as events: the act, its day, its named targets or parties, and acts of two
states kept apart.
Every sentence here is written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.schema import Article

pytestmark = pytest.mark.slow


def _read(extractor, text, date="2026-04-16"):
    res = extractor.extract(Article(text=text, published=date))
    return res, {e.id: e.name for e in res.entities}


def run(extractor, text, date="2026-04-16"):
    res = extractor.extract(Article(text=text, published=date))
    names = {e.id: e.name for e in res.entities}
    events = {e.id: e for e in res.events}
    targets = {}
    for r in res.relations:
        if r.type == "TARGET_OF" and r.target in events:
            targets.setdefault(r.target, set()).add(names[r.source])
    sb = {(names[r.source], names[r.target]) for r in res.relations if r.type == "SANCTIONED_BY"}
    sanctions = [(e.date, frozenset(targets.get(e.id, ()))) for e in res.events if e.type == "sanction"]
    return sanctions, sb


def test_measures_announced_on_a_day_date_the_act_and_listed_names_are_its_targets(extractor):
    sanctions, sb = run(extractor, "Sweden has imposed sanctions on five Eritrean officers over the detention "
                                   "of journalists. The measures, announced on Tuesday, freeze any assets the "
                                   "five hold in Sweden. Those listed include Col. Amanuel Tesfay and Maj. "
                                   "Kidane Berhe.")
    assert ("Amanuel Tesfay", "Sweden") in sb
    assert sanctions == [("2026-04-14", frozenset({"Amanuel Tesfay", "Kidane Berhe"}))]


def test_asset_freeze_and_travel_ban_imposed_on_a_named_person(extractor):
    sanctions, sb = run(extractor, "The African Union on Monday imposed an asset freeze and a travel ban on "
                                   "Gen. Martin Okello, the commander of the Northern Brigade.")
    assert ("Martin Okello", "African Union") in sb
    assert sanctions == [("2026-04-13", frozenset({"Martin Okello"}))]


def test_an_old_blacklisting_with_its_own_year_is_a_second_act(extractor):
    sanctions, _ = run(extractor, "Canada on Wednesday froze the assets of Rafael Quintero, a former "
                                  "army chief. The Treasury Department blacklisted Quintero in 2022 over "
                                  "drug trafficking.")
    assert ("2026-04-15", frozenset({"Rafael Quintero"})) in sanctions
    assert ("2022", frozenset({"Rafael Quintero"})) in sanctions


def test_a_designation_in_passing_is_an_act_only_when_dated(extractor):
    sanctions, _ = run(extractor, "Police raided a warehouse on Friday. The Red Dawn Front, which Washington "
                                  "designated a terrorist group in 2019, denied any link.")
    assert sanctions == [("2019", frozenset({"Red Dawn Front"}))]  # a past act with its own year
    sanctions, _ = run(extractor, "Police raided a warehouse on Friday. The Red Dawn Front, which Washington "
                                  "has designated a terrorist group, denied any link.")
    assert sanctions == []  # a standing status told in passing


def test_undated_act_in_the_story_takes_the_ledes_day(extractor):
    sanctions, sb = run(extractor, "Prosecutors in Oslo on Monday charged two Iranian men with plotting to "
                                   "kill a dissident. The European Union also imposed sanctions on Navid "
                                   "Shipping and on its owner, Hamed Sadri, the bloc said.")
    assert {("Navid Shipping", "European Union"), ("Hamed Sadri", "European Union")} <= sb
    assert sanctions == [("2026-04-13", frozenset({"Navid Shipping", "Hamed Sadri"}))]


def test_undated_act_with_a_date_elsewhere_in_its_sentence_keeps_no_day(extractor):
    sanctions, _ = run(extractor, "Gunmen shot dead a judge in Quito on Monday. Britain sanctioned the judge's "
                                   "killer, Tomas Villa, and the gang he led in March over earlier murders.")
    assert all(d != "2026-04-13" for d, _ in sanctions)


def test_two_states_sanctions_are_two_events(extractor):
    sanctions, _ = run(extractor, "Japan on Thursday sanctioned Orion Metals, a trading firm. Australia "
                                  "sanctioned Orion Metals in 2023 for shipping drone parts.")
    assert ("2026-04-16", frozenset({"Orion Metals"})) in sanctions
    assert ("2023", frozenset({"Orion Metals"})) in sanctions


def _talks(extractor, text, date="2026-04-16"):
    res = extractor.extract(Article(text=text, published=date))
    names = {e.id: e.name for e in res.entities}
    talks = {e.id: e for e in res.events if e.type == "negotiation"}
    parts = {}
    for r in res.relations:
        if r.type == "PARTICIPATED_IN" and r.target in talks:
            parts.setdefault(talks[r.target].date, set()).add(names[r.source])
    return parts


def test_a_state_and_a_described_group_agreeing_on_a_day_is_a_negotiation(extractor):
    parts = _talks(extractor, "Myanmar and the largest ethnic armed group in its north agreed on Tuesday to halt "
                              "fighting for the monsoon season. The agreement was reached after two days of "
                              "meetings in Kunming between a government delegation led by Gen. Aung Kyaw Min and "
                              "representatives of the Kachin Independence Army, headed by its deputy chief, "
                              "Sumlut Gun Maw. China's facilitator, Deng Xijun, read out a joint statement.")
    assert parts.get("2026-04-14", set()) >= {"Myanmar", "Aung Kyaw Min", "Kachin Independence Army",
                                              "Sumlut Gun Maw", "Deng Xijun", "China"}


def test_rounds_of_talks_between_two_officials_date_and_states(extractor):
    res, names = _read(extractor, "The release followed three rounds of talks in Muscat last month between "
                                         "Paul Brennan, the U.S. special envoy for hostage affairs, and Iran's "
                                         "deputy foreign minister, Reza Karimi, an official said.")
    talks = [e for e in res.events if e.type == "negotiation"]
    assert [e.date for e in talks] == ["2026-03"]
    took_part = {names[r.source] for r in res.relations if r.type == "PARTICIPATED_IN" and r.target == talks[0].id}
    assert took_part >= {"Paul Brennan", "Reza Karimi", "United States", "Iran"}
    pairs = {frozenset((names[r.source], names[r.target])) for r in res.relations if r.type == "NEGOTIATED_WITH"}
    assert {frozenset(("Paul Brennan", "Reza Karimi")), frozenset(("United States", "Iran"))} <= pairs


def test_deal_the_two_countries_initialled_and_a_speaker_the_parser_lost(extractor):
    res = extractor.extract(Article(text="In Tbilisi, Nino Kapanadze, a spokeswoman for Georgia's Foreign Ministry, "
                                         "said the leaked memo showed that Moscow was \"still arming the separatists\" "
                                         "despite the border accord the two countries initialled in Geneva last "
                                         "August, and accused Russia of moving tanks into South Ossetia.",
                                    published="2026-04-16"))
    names = {e.id: e.name for e in res.entities}
    rels = {(r.type, names.get(r.source), names.get(r.target)) for r in res.relations}
    deals = [e for e in res.events if e.type == "negotiation"]
    assert [e.date for e in deals] == ["2025-08"]
    took_part = {names[r.source] for r in res.relations if r.type == "PARTICIPATED_IN" and r.target == deals[0].id}
    assert took_part == {"Georgia", "Russia"}
    assert ("NEGOTIATED_WITH", "Georgia", "Russia") in rels or ("NEGOTIATED_WITH", "Russia", "Georgia") in rels
    assert ("ACCUSED", "Nino Kapanadze", "Russia") in rels


def test_brokers_of_a_ceasefire_between_the_two_governments_are_not_the_two(extractor):
    res, names = _read(extractor, "The clashes ended only after Egypt and Jordan brokered a truce between "
                                         "the two governments at talks in Cairo.")
    pairs = {frozenset((names[r.source], names[r.target])) for r in res.relations if r.type == "NEGOTIATED_WITH"}
    assert frozenset(("Egypt", "Jordan")) not in pairs


def test_sanction_forms_of_wire_copy(extractor):
    sanctions, sb = run(extractor, "The U.S. Treasury on Tuesday sanctioned Omar Farouk, a former police chief, "
                                   "and Delta Cargo, a freight firm he owns. Canada followed hours later with "
                                   "matching measures against Farouk and Delta Cargo.")
    assert {("Omar Farouk", "US Treasury"), ("Delta Cargo", "US Treasury"),
            ("Omar Farouk", "Canada"), ("Delta Cargo", "Canada")} <= sb
    assert ("2026-04-14", frozenset({"Omar Farouk", "Delta Cargo"})) in sanctions


def test_added_to_a_sanctions_list_and_an_announced_freeze(extractor):
    sanctions, sb = run(extractor, "Japan added two Iranian generals, including Gen. Ali Moradi, to its sanctions "
                                   "list on Monday.")
    assert ("Ali Moradi", "Japan") in sb and ("2026-04-13", frozenset({"Ali Moradi"})) in sanctions
    sanctions, sb = run(extractor, "Britain announced an asset freeze on Karim Saleh, the militia's treasurer, "
                                   "on Wednesday.")
    assert ("Karim Saleh", "United Kingdom") in sb and ("2026-04-15", frozenset({"Karim Saleh"})) in sanctions
    sanctions, _ = run(extractor, "The minister added that the talks would resume in May.")
    assert sanctions == []


def test_targets_named_after_a_sanction_on_descriptions(extractor):
    sanctions, sb = run(extractor, "Britain on Monday imposed sanctions on a former mayor and a logistics firm. "
                                   "The Foreign Office said in a statement that Aurel Vasile, who ran the city "
                                   "until 2021, had used the firm to move weapons. The firm's owner, Dana Pop, was "
                                   "also designated, along with Carpat Freight, a trucking company.")
    assert {("Aurel Vasile", "United Kingdom"), ("Dana Pop", "United Kingdom"),
            ("Carpat Freight", "United Kingdom")} <= sb
    assert ("2026-04-13", frozenset({"Aurel Vasile", "Dana Pop", "Carpat Freight"})) in sanctions


def _arrests(extractor, text, date="2026-04-16"):
    res = extractor.extract(Article(text=text, published=date))
    names = {e.id: e.name for e in res.entities}
    held = {r.target: set() for r in res.relations if r.type == "TARGET_OF"}
    for r in res.relations:
        if r.type == "TARGET_OF":
            held[r.target].add(names[r.source])
    return {e.date: held.get(e.id, set()) for e in res.events if e.type == "arrest"}


def test_people_named_in_inverted_and_along_with_arrest_sentences(extractor):
    held = _arrests(extractor, "The security service said on Tuesday that it had detained seven people over a "
                               "plot to seize power. Among those arrested in raids in Almaty was Serik Abenov, a "
                               "former deputy. Also detained was Marat Seitov, a retired colonel.")
    assert held.get("2026-04-14", set()) >= {"Serik Abenov", "Marat Seitov"}
    held = _arrests(extractor, "The minister said Sgt. Issa Ouedraogo and nine other soldiers had been arrested on Monday, "
                               "along with Adama Kone, a former trade minister.")
    assert held.get("2026-04-13", set()) >= {"Issa Ouedraogo", "Adama Kone"}


def test_suspects_identified_or_named_as(extractor):
    held = _arrests(extractor, "Police said they had arrested two suspects, identified as Rahim Baloch and Nadir "
                               "Shah, in a raid in Quetta on Monday.")
    assert held.get("2026-04-13", set()) >= {"Rahim Baloch", "Nadir Shah"}


def test_who_mediated_and_who_headed_a_team_took_part(extractor):
    parts = _talks(extractor, "Peru's government and the Shining Dawn Front (SDF) agreed on Tuesday to a truce "
                              "after four days of talks in Quito. The accord, signed in the presence of mediators "
                              "from Switzerland and the Red Cross, takes effect in May. \"It is a start,\" said Rosa "
                              "Flores, a lawyer who heads the government's negotiating team. Switzerland's special "
                              "envoy for the process, Anna Keller, praised both sides.")
    assert parts.get("2026-04-14", set()) >= {"Peru", "Shining Dawn Front", "Switzerland", "Red Cross",
                                              "Rosa Flores", "Anna Keller"}


def test_hijacking_is_an_attack_and_a_quoted_kidnapping_is_not(extractor):
    res = extractor.extract(Article(text="In March 2025, fighters of the Baloch Republican Army hijacked a "
                                         "passenger train in Bolan, killing dozens.", published="2026-04-16"))
    assert [(e.type, e.date) for e in res.events] == [("attack", "2025-03")]
    res = extractor.extract(Article(text="The minister said Rendon had been \"kidnapped by the American justice "
                                         "system\" and hailed his return.", published="2026-04-16"))
    assert not res.events


def test_the_following_day_and_later_that_year(extractor):
    res = extractor.extract(Article(text="The AU envoy, Grace Mwangi, met President Samia Hassan in Dodoma on "
                                         "Tuesday and travelled to Nairobi the following day for talks with "
                                         "President William Ruto.", published="2026-04-16"))
    assert sorted(e.date for e in res.events) == ["2026-04-14", "2026-04-15"]
    res = extractor.extract(Article(text="Abiy, who took office in 2018, signed a peace agreement with Isaias "
                                         "later that year.", published="2026-04-16"))
    assert [(e.type, e.date) for e in res.events] == [("negotiation", "2018")]


def test_fighters_and_ships_of_a_body_act_for_it(extractor):
    res, names = _read(extractor, "A Japan Coast Guard ship blasted the Korean fishing boat with water cannon "
                                         "on Wednesday near the Takeshima islets.")
    events = {e.id: e for e in res.events}
    assert [e.type for e in res.events] == ["attack"]
    assert {names[r.source] for r in res.relations if r.type == "PERPETRATOR_OF" and r.target in events} == {
        "Japan Coast Guard"}


def test_suspects_arrested_after_the_ledes_attack_on_an_unnamed_victim(extractor):
    res, names = _read(extractor, "A roadside bomb hit a convoy carrying a provincial minister near Quetta on "
                                         "Tuesday, killing three guards. Police said on Wednesday they had arrested "
                                         "two suspects, identified as Rahim Baloch and Nadir Shah, in a raid.")
    bombing = next(e.id for e in res.events if e.type == "bombing")
    assert {names[r.source] for r in res.relations if r.type == "SUSPECTED_OF" and r.target == bombing} == {
        "Rahim Baloch", "Nadir Shah"}


def test_days_later_is_a_second_event_in_the_month_before(extractor):
    res, names = _read(extractor, "In March 2024, gunmen stormed a radio station in Cali during a broadcast. "
                                         "Days later Andres Mejia, the judge handling the station case, was shot "
                                         "dead in Cali.")
    shot = [e for e in res.events if any(r.type == "TARGET_OF" and r.target == e.id and names[r.source] ==
                                         "Andres Mejia" for r in res.relations)]
    assert [e.date for e in shot] == ["2024-03"]
    assert len([e for e in res.events if e.date == "2024-03"]) == 2


def test_recaptured_and_arrested_within_hours(extractor):
    held = _arrests(extractor, "Ruiz escaped from prison in 2024. He was recaptured in June 2025 in Manta.")
    assert "2025-06" in held
    held = _arrests(extractor, "Gen. Pablo Rojas led troops into the main square in June 2024. Rojas was "
                               "arrested within hours.")
    assert held.get("2024-06") == {"Pablo Rojas"}


def test_the_three_leaders_and_the_two_men_are_the_people_named_before(extractor):
    res, names = _read(extractor, "Ghanaian President Kofi Mensah and Togolese President Faure Agbo met in "
                                         "Lome on Tuesday. In Accra, President Aliyu Bello praised the talks. The "
                                         "three leaders will meet again in May.")
    assert {names[r.source] for r in res.relations if r.type == "PARTICIPATED_IN"} >= {"Kofi Mensah", "Faure Agbo"}
    res, names = _read(extractor, "Ghana's Kofi Mensah, Togo's Faure Agbo and Benin's Aliyu Bello met in Lome "
                                         "on Tuesday. The three leaders signed a border treaty.")
    treaty = [e.id for e in res.events if e.type in ("negotiation", "meeting")]
    assert {names[r.source] for r in res.relations if r.type == "PARTICIPATED_IN" and r.target in treaty} >= {
        "Kofi Mensah", "Faure Agbo", "Aliyu Bello"}
    held = _arrests(extractor, "Police named the suspects as Rauf Mammadov and Tural Nasirov. The two men were "
                               "detained on Tuesday in Baku.")
    assert held.get("2026-04-14") == {"Rauf Mammadov", "Tural Nasirov"}


def test_an_arrest_before_the_attack_is_no_suspicion_of_it(extractor):
    res, names = _read(extractor, "Gunmen shot dead the prosecutor Maria Paz in Machala on Monday. Police "
                                         "said on Wednesday they had arrested two suspects, Ivan Mora and Luis Vera. "
                                         "In 2023 the police had arrested the gang leader Jorge Quito.")
    suspects = {names[r.source] for r in res.relations if r.type == "SUSPECTED_OF"}
    assert "Jorge Quito" not in suspects and {"Ivan Mora", "Luis Vera"} <= suspects


def test_an_agencys_sanction_is_its_states(extractor):
    _, sb = run(extractor, "In December 2024, the US Treasury imposed sanctions on Giorgi Beridze, a tycoon. The "
                           "United States accuses him of bribery.")
    assert {("Giorgi Beridze", "US Treasury"), ("Giorgi Beridze", "United States")} <= sb
    _, sb = run(extractor, "In December 2024, the US Treasury imposed sanctions on Giorgi Beridze, a tycoon.")
    assert sb == {("Giorgi Beridze", "US Treasury")}  # a state the article never names is not added
    _, sb = run(extractor, "The Sudanese army said it had sanctioned Ali Kushayb, a militia commander.")
    assert ("Ali Kushayb", "Sudan") not in sb


def test_officials_named_with_their_state_make_their_states_negotiate(extractor):
    res, names = _read(extractor, "Talks resumed this week. Armenia's deputy foreign minister Vahan Kostanyan "
                                         "and Azerbaijan's Elnur Mammadov met in Vienna on Monday.")
    pairs = {frozenset((names[r.source], names[r.target])) for r in res.relations if r.type == "NEGOTIATED_WITH"}
    assert frozenset(("Armenia", "Azerbaijan")) in pairs
    assert frozenset(("Vahan Kostanyan", "Elnur Mammadov")) in pairs


def test_two_months_later_and_other_detainees_include(extractor):
    res, names = _read(extractor, "In January 2023 a gunman stormed the consulate in Erbil. Two months later, "
                                         "Karwan Aziz, a member of parliament, was shot and wounded outside his home "
                                         "in Duhok.")
    shot = [e.date for e in res.events for r in res.relations if r.type == "TARGET_OF" and r.target == e.id
            and names[r.source] == "Karwan Aziz"]
    assert shot == ["2023-03"]
    held = _arrests(extractor, "Police detained three men on Tuesday in Erbil. The other detainees include Shwan "
                               "Karim, a teacher, and Dara Omar, a trader.")
    assert held.get("2026-04-14", set()) >= {"Shwan Karim", "Dara Omar"}


def test_said_to_be_behind_is_an_accusation_and_old_attacks_are_not_the_story(extractor):
    res = extractor.extract(Article(text="Gunmen killed 38 people in Mirebalais in August. The Treasury said the Sinaloa "
                                         "Cartel was behind the massacre.", published="2026-10-03"))
    names = {e.id: e.name for e in res.entities}
    roles = {(names[r.source], r.type) for r in res.relations if r.type in ("ACCUSED_OF", "SUSPECTED_OF")}
    assert ("Sinaloa Cartel", "ACCUSED_OF") in roles
    res = extractor.extract(Article(text="In March 2023, the lawmaker Karwan Aziz was shot and wounded in Duhok. "
                                         "Police said on Tuesday they had arrested two suspects, Shwan Karim and "
                                         "Dara Omar, over a plot to bomb a bridge.", published="2026-04-16"))
    assert not any(r.type == "SUSPECTED_OF" for r in res.relations)


def test_later_that_month_and_placed_on_a_sanctions_list(extractor):
    res = extractor.extract(Article(text="In January 2024 gunmen stormed a radio station in Cali. Later that same "
                                         "month, a judge was shot dead in his car in Cali.", published="2026-04-16"))
    assert [e.date for e in res.events] == ["2024-01", "2024-01"]  # the storming and, after it, the killing
    sanctions, sb = run(extractor, "The United States placed Victor Ramos on its sanctions list last year.")
    assert ("Victor Ramos", "United States") in sb and ("2025", frozenset({"Victor Ramos"})) in sanctions


def test_a_device_going_off_by_someone_leaving_targets_them(extractor):
    res, names = _read(extractor, "Rosa Tello, a judge, was leaving a courthouse on Saturday when a bomb hidden "
                                         "in a parked truck went off beside her car.")
    bombing = [e for e in res.events if e.type == "bombing"]
    assert [e.date for e in bombing] == ["2026-04-11"]
    assert {names[r.source] for r in res.relations if r.type == "TARGET_OF" and r.target == bombing[0].id} == {
        "Rosa Tello"}


def test_a_state_is_not_recorded_as_the_arresting_force(extractor):
    res, names = _read(extractor, "Ghana arrested two Togolese men on Monday on suspicion of spying, police said.")
    arrest = [e.id for e in res.events if e.type == "arrest"]
    assert arrest and not any(r.type == "PERPETRATOR_OF" and r.target in arrest and names[r.source] == "Ghana"
                              for r in res.relations)


def test_placed_under_an_asset_freeze_with_no_agent_extends_the_act_told(extractor):
    sanctions, sb = run(extractor, "The European Union imposed sanctions on Monday on two Libyan commanders. "
                                   "Brig. Salem Darrat was placed under an asset freeze and a travel ban.")
    assert ("Salem Darrat", "European Union") in sb
    assert sanctions == [("2026-04-13", frozenset({"Salem Darrat"}))]


def test_frozen_assets_belonging_to_named_owners_by_the_states_ministry(extractor):
    _, sb = run(extractor, "Britain sanctioned a Laotian casino owner on Tuesday. The Foreign Office said it had "
                           "frozen assets belonging to Vong Phanh and Golden Reed Holdings.")
    assert {("Vong Phanh", "United Kingdom"), ("Golden Reed Holdings", "United Kingdom")} <= sb


def test_placed_on_a_named_terrorist_list_is_a_listing(extractor):
    sanctions, sb = run(extractor, "Washington placed Ahmed Omar Abdi on its list of Specially Designated Global "
                                   "Terrorists in 2019.")
    assert ("Ahmed Omar Abdi", "United States") in sb
    assert sanctions == [("2019", frozenset({"Ahmed Omar Abdi"}))]


def test_sanctioned_description_named_in_a_second_apposition(extractor):
    _, sb = run(extractor, "Washington sanctioned another tycoon, the Thai businessman Anan Wongsa, over "
                           "similar allegations in 2024.")
    assert ("Anan Wongsa", "United States") in sb


def test_described_targets_accused_in_the_lede_are_accused_once_named(extractor):
    res, names = _read(extractor, "The United States on Thursday imposed sanctions on a Laotian casino owner and "
                                  "two of his associates, accusing them of running scam compounds.\n\n"
                                  "The Treasury said in a statement that Vong Phanh, the 61-year-old chairman of "
                                  "Golden Reed Holdings, had built the compounds along the Mekong.")
    rels = {(r.type, names.get(r.source), names.get(r.target)) for r in res.relations}
    assert ("SANCTIONED_BY", "Vong Phanh", "United States") in rels
    assert ("ACCUSED", "United States", "Vong Phanh") in rels


def test_plural_freezes_and_bans_and_being_subject_to_them(extractor):
    sanctions, sb = run(extractor, "The European Union imposed asset freezes and travel bans on Monday on two "
                                   "officers, Col. Ali Diarra and Maj. Sekou Traore.")
    assert {("Ali Diarra", "European Union"), ("Sekou Traore", "European Union")} <= sb
    assert sanctions == [("2026-04-13", frozenset({"Ali Diarra", "Sekou Traore"}))]
    _, sb = run(extractor, "The Canadian government announced on Tuesday that Milan Petric and Goran Vasic were "
                           "subject to an asset freeze and a travel ban.")
    assert {("Milan Petric", "Canada"), ("Goran Vasic", "Canada")} <= sb


def test_a_ministry_blacklisting_acts_for_its_state_named_with_its_full_demonym(extractor):
    res, names = _read(extractor, "South Korea's foreign ministry said it had blacklisted six individuals, among "
                                  "them Pak Song-il and Kim Yong-hwa, as well as Silver Crane Trading Ltd.")
    sb = {(names[r.source], names[r.target]) for r in res.relations if r.type == "SANCTIONED_BY"}
    assert {("Pak Song-il", "South Korea"), ("Silver Crane Trading Ltd", "South Korea")} <= sb
    assert "South Korean foreign ministry" in names.values()


def test_sanctions_on_a_states_nationals_are_not_on_the_state(extractor):
    _, sb = run(extractor, "Washington imposed sanctions on Wednesday on North Korean operatives and on Pak "
                           "Song-il, a banker.")
    assert ("North Korea", "United States") not in sb
    assert ("Pak Song-il", "United States") in sb
    _, sb = run(extractor, "The European Union sanctioned Belarus and Iran on Monday.")
    assert {("Belarus", "European Union"), ("Iran", "European Union")} <= sb


def test_state_and_treasury_department_named_apart_still_sanction_with_the_year_on_the_subject(extractor):
    sanctions, sb = run(extractor, "The United States Treasury Department in 2021 blacklisted Harbourline "
                                   "Minerals, a trading house based in Abu Dhabi.")
    assert ("Harbourline Minerals", "US Treasury") in sb
    assert ("Harbourline Minerals", "United States") in sb
    assert ("2021", frozenset({"Harbourline Minerals"})) in sanctions


def test_asset_freezes_the_tagger_reads_as_a_verb_are_the_sanction_and_its_own_commanders_are_not_the_eu(
        extractor):
    sanctions, sb = run(extractor, "The European Union imposed asset freezes on Hezbollah and several of its "
                                   "commanders in May 2019.")
    assert sb == {("Hezbollah", "European Union")}
    assert sanctions == [("2019-05", frozenset({"Hezbollah"}))]


def test_figures_remaining_under_council_sanctions_including_a_named_one(extractor):
    _, sb = run(extractor, "Several senior Shabaab figures, including Abdullahi Farah Osman, remain under "
                           "U.N. Security Council sanctions.")
    assert ("Abdullahi Farah Osman", "UN Security Council") in sb


def test_listed_as_a_terrorist_group_by_three_names_the_parser_splits(extractor):
    _, sb = run(extractor, "The PKK is listed as a terrorist organisation by Turkey, the United States and "
                           "the European Union.")
    assert {(s, t) for s, t in sb} == {("Kurdistan Workers' Party", "Turkey"),
                                       ("Kurdistan Workers' Party", "United States"),
                                       ("Kurdistan Workers' Party", "European Union")}


def test_a_person_declared_an_individual_terrorist_is_listed_but_a_slur_is_not(extractor):
    _, sb = run(extractor, "Kenya's Interior Ministry on Wednesday declared Peter Kamau an individual terrorist "
                           "under the anti-terror law.")
    assert ("Peter Kamau", "Kenya") in sb
    _, sb = run(extractor, "Kenya's interior minister branded John Otieno a terrorist on Wednesday.")
    assert not sb


def test_a_bloc_that_followed_in_a_later_month_listing_the_target_is_an_act_of_its_own(extractor):
    sanctions, _ = run(extractor, "The United States sanctioned Peter Kamau in October. The European Union followed "
                                  "in December, listing Kamau and two of his deputies.")
    assert sorted(sanctions) == [("2025-10", frozenset({"Peter Kamau"})), ("2025-12", frozenset({"Peter Kamau"}))]
    sanctions, _ = run(extractor, "Kenya responded on Monday, listing three demands for the Kenya Liberation Front.")
    assert not sanctions


def test_designated_as_terrorist_financiers_is_a_listing_but_as_a_threat_is_a_label(extractor):
    _, sb = run(extractor, "The Office of Foreign Assets Control designated Musa Garba Bello and two other "
                           "traders as terrorist financiers.")
    assert ("Musa Garba Bello", "Office of Foreign Assets Control") in sb
    _, sb = run(extractor, "The interior ministry designated Kwame Asante's movement as a threat to public order.")
    assert sb == set()


def test_added_to_the_magnitsky_list_is_a_sanction(extractor):
    sanctions, sb = run(extractor, "Police chief Rustam Aliev led the crackdown. In 2022 the US Treasury added "
                                   "him to its Global Magnitsky list.")
    assert ("Rustam Aliev", "US Treasury") in sb
    assert ("2022", frozenset({"Rustam Aliev"})) in sanctions


def test_the_treasury_keeps_the_spelling_with_the_state_as_an_alias(extractor):
    res, _ = _read(extractor, "Stefan Markovic, whom the U.S. Treasury sanctioned in 2023, denied the charges.")
    treasury = next(e for e in res.entities if e.name == "US Treasury")
    assert "U.S. Treasury" in treasury.aliases


def test_sanctions_kept_renewed_or_hit_with_are_dated_acts(extractor):
    sanctions, _ = run(extractor, "EU foreign ministers agreed on Tuesday to keep asset freezes and travel bans on "
                                  "some 200 officials of the former regime.")
    assert [d for d, _ in sanctions] == ["2026-04-14"]
    sanctions, _ = run(extractor, "Britain renewed its own sanctions on 15 Belarusian officials last month.")
    assert [d for d, _ in sanctions] == ["2026-03"]
    sanctions, sb = run(extractor, "Tomas Herrera, a senator, and two police commanders were hit with US sanctions "
                                   "on Monday.")
    assert sanctions == [("2026-04-13", frozenset({"Tomas Herrera"}))]
    assert ("Tomas Herrera", "United States") in sb


def test_the_treasury_spelled_with_the_states_full_name_is_the_treasury(extractor):
    _, sb = run(extractor, "Last year the United States Treasury Department sanctioned the cartel's financier, "
                           "Jorge Luis Mena.")
    assert ("Jorge Luis Mena", "US Treasury") in sb


def test_the_same_targets_added_to_another_list_are_sanctioned_by_that_body_too(extractor):
    sanctions, sb = run(extractor, "The US Treasury on March 2 designated Musa Bello and Ali Yusuf as terrorist "
                                   "financiers. Britain's Foreign Office added the same two businessmen to its own "
                                   "counter-terrorism sanctions list the following week.")
    assert {("Musa Bello", "Foreign Office"), ("Ali Yusuf", "Foreign Office")} <= sb
    assert ("2026-03-09", frozenset({"Musa Bello", "Ali Yusuf"})) in sanctions


def test_a_counted_group_sanctioned_then_named_are_the_targets(extractor):
    _, sb = run(extractor, "The European Union imposed sanctions on Tuesday on three Kenyan police commanders "
                           "over the killing of protesters. The three, Peter Kamau, John Otieno and Mary Wanjiru, "
                           "will have their assets frozen.")
    assert {("Peter Kamau", "European Union"), ("John Otieno", "European Union"),
            ("Mary Wanjiru", "European Union")} <= sb
    _, sb = run(extractor, "The European Union imposed sanctions on Tuesday on a senior officer of Kenya's "
                           "intelligence service and two of his subordinates. The officer, Col. Peter Kamau, ran "
                           "the unit. The two other men, John Otieno and Mary Wanjiru, will have any assets in the "
                           "bloc frozen.")
    assert {("Peter Kamau", "European Union"), ("John Otieno", "European Union")} <= sb
    _, sb = run(extractor, "The Treasury designated two financiers of the group. It identified the financiers as "
                           "Peter Kamau, a Kenyan businessman, and John Otieno.")
    assert ("John Otieno", "US Treasury") in sb
    _, sb = run(extractor, "The European Union imposed sanctions on three Kenyan police commanders. The three "
                           "are accused of ordering the crackdown. Peter Kamau, a lawyer, represented them.")
    assert not sb


def test_names_added_to_a_sanction_told_just_before(extractor):
    _, sb = run(extractor, "The European Union imposed sanctions on eleven Kenyan officials on Monday. Those listed "
                           "include Peter Kamau, a judge, and John Otieno.")
    assert {("Peter Kamau", "European Union"), ("John Otieno", "European Union")} <= sb
    _, sb = run(extractor, "The European Union imposed sanctions on eleven Kenyan officials on Monday. Also on the "
                           "list is Mary Wanjiru, a judge at the Nairobi High Court.")
    assert ("Mary Wanjiru", "European Union") in sb
    _, sb = run(extractor, "The US Treasury imposed sanctions on two Kenyan companies on Monday. One of the "
                           "sanctioned companies, Baraka Forex, is based in Mombasa.")
    assert ("Baraka Forex", "US Treasury") in sb
    _, sb = run(extractor, "Kenya's courts are slow. Also on the list is Mary Wanjiru, a judge at the Nairobi "
                           "High Court.")
    assert not sb


def test_names_shared_by_two_coordinated_sanction_verbs(extractor):
    _, sb = run(extractor, "In London, the Foreign Office said it had frozen the assets of, and imposed travel bans "
                           "on, Col. Peter Kamau, Maj. John Otieno and Capt. Ali Hassan.")
    assert {("Peter Kamau", "Foreign Office"), ("John Otieno", "Foreign Office"),
            ("Ali Hassan", "Foreign Office")} <= sb


def test_sanctions_in_force_since_a_year_are_that_years_act(extractor):
    sanctions, sb = run(extractor, "Tana Metals, which has been subject to US sanctions since 2023, denied the "
                                   "report.")
    assert ("Tana Metals", "United States") in sb
    assert sanctions == [("2023", frozenset({"Tana Metals"}))]
    sanctions, sb = run(extractor, "The Kenya Liberation Front has been under European Union sanctions since 2019.")
    assert ("Kenya Liberation Front", "European Union") in sb
    assert sanctions == [("2019", frozenset({"Kenya Liberation Front"}))]
    sanctions, sb = run(extractor, "Peter Kamau, who is subject to EU sanctions, left Nairobi.")
    assert ("Peter Kamau", "European Union") in sb
    assert sanctions == []  # in force, with no start told: no act


def test_one_of_several_people_sanctioned(extractor):
    sanctions, sb = run(extractor, "Peter Kamau was among 12 people sanctioned by the European Union in March.")
    assert ("Peter Kamau", "European Union") in sb
    assert sanctions == [("2026-03", frozenset({"Peter Kamau"}))]
    sanctions, sb = run(extractor, "John Otieno was one of five officials sanctioned by Britain last year.")
    assert ("John Otieno", "United Kingdom") in sb
    assert sanctions == [("2025", frozenset({"John Otieno"}))]


def test_states_that_followed_suit_sanctioned_the_same_targets(extractor):
    _, sb = run(extractor, "Washington sanctioned Peter Kamau and Lamu Freight in March. The European Union and "
                           "Britain followed suit on Monday.")
    assert {(t, s) for t in ("Peter Kamau", "Lamu Freight") for s in ("European Union", "United Kingdom")} <= sb
    _, sb = run(extractor, "In 2023 the US Treasury sanctioned Peter Kamau. The European Union followed with its own "
                           "listing the following year.")
    assert ("Peter Kamau", "European Union") in sb
    _, sb = run(extractor, "Washington sanctioned Peter Kamau in March. Kenya protested on Friday. Uganda later "
                           "followed suit.")  # what Uganda followed is not clear
    assert not any(s == "Uganda" for _, s in sb)


def test_a_package_of_measures_and_a_demonyms_list(extractor):
    _, sb = run(extractor, "In June 2024 Brussels adopted its 14th package of measures against Uganda.")
    assert ("Uganda", "European Union") in sb
    _, sb = run(extractor, "The European Union imposed sanctions on Ugandan officials in 2024.")
    assert ("Uganda", "European Union") not in sb  # the state is not what a demonym qualifies
    _, sb = run(extractor, "The United States sanctioned the Kenya Liberation Front in 2023. Peter Kamau was also "
                           "placed on the American sanctions list at the time.")
    assert ("Peter Kamau", "United States") in sb


def test_a_state_following_with_measures_and_countermeasures(extractor):
    _, sb = run(extractor, "Britain followed hours later with asset freezes on Peter Kamau and John Otieno.")
    assert {("Peter Kamau", "United Kingdom"), ("John Otieno", "United Kingdom")} <= sb
    sanctions, sb = run(extractor, "China on Friday announced countermeasures against the Harbour Freedom Alliance "
                                   "and its director, Mary Wanjiru.")
    assert {("Harbour Freedom Alliance", "China"), ("Mary Wanjiru", "China")} <= sb
    assert sanctions == [("2026-04-10", frozenset({"Harbour Freedom Alliance", "Mary Wanjiru"}))]
    sanctions, sb = run(extractor, "Kenya warned it would take countermeasures.")
    assert not sanctions and not sb


def test_measures_as_the_subject_freeze_for_the_body_that_owns_them(extractor):
    sanctions, sb = run(extractor, "The EU measures, adopted by foreign ministers on Monday, freeze any assets held "
                                   "in the bloc by Peter Kamau, the director of the Nairobi police, and by John "
                                   "Otieno, a deputy party secretary, and bar both men from entering its territory.")
    assert {("Peter Kamau", "European Union"), ("John Otieno", "European Union")} <= sb
    assert sanctions == [("2026-04-13", frozenset({"Peter Kamau", "John Otieno"}))]


def test_names_added_after_an_earlier_sanction_are_a_second_act_of_the_same_body(extractor):
    sanctions, sb = run(extractor, "The US Treasury in 2021 sanctioned the Kenyan Defence Forces over abuses, and "
                                   "in April of this year it added two Kenyan generals, Brigadier General Peter "
                                   "Kamau and Brigadier General John Otieno, whom it accused of smuggling weapons.")
    assert {("Peter Kamau", "US Treasury"), ("John Otieno", "US Treasury")} <= sb
    assert ("2026-04", frozenset({"Peter Kamau", "John Otieno"})) in sanctions
    assert ("2021", frozenset({"Kenyan Defence Forces"})) in sanctions


@pytest.mark.parametrize("text, by", [
    ("In February the Kenyan finance ministry ordered a six-month freeze on the assets of Peter Kamau, a "
     "businessman it accused of funding the group.", "Kenyan finance ministry"),
    ("The Treasury imposed a freeze on the assets of Peter Kamau on Monday.", "US Treasury"),
])
def test_a_freeze_on_someones_assets_sanctions_their_owner(extractor, text, by):
    sanctions, sb = run(extractor, text)
    assert ("Peter Kamau", by) in sb
    assert [t for _, t in sanctions] == [frozenset({"Peter Kamau"})]


@pytest.mark.parametrize("second", [
    "Also added to the list was Brig. Gen. Peter Kamau, identified in the notice as a commander in the Quds Force.",
    "Also sanctioned were Peter Kamau and John Otieno.",
])
def test_names_told_after_also_listed_was_join_the_sanctions_told_before(extractor, second):
    sanctions, sb = run(extractor, "Britain imposed sanctions on Monday on a criminal network. " + second)
    assert ("Peter Kamau", "United Kingdom") in sb
    assert len(sanctions) == 1 and "Peter Kamau" in sanctions[0][1]
