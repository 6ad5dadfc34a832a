"""Actor-to-actor relations in every form news copy uses, with sentences written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.schema import Article

pytestmark = pytest.mark.slow


def run(extractor, text, date="2025-03-14"):
    res = extractor.extract(Article(text=text, published=date))
    names = {e.id: e.name for e in res.entities}
    names.update({e.id: f"{e.type}:{e.date}" for e in res.events})
    rels = {(r.type, names[r.source], names[r.target]) for r in res.relations
            if r.type not in ("MENTIONS", "REPORTED_BY", "OCCURRED_IN")}
    return res, rels, names


def rel(res, names, type_, src, tgt):
    return next(r for r in res.relations if r.type == type_ and names[r.source] == src and names[r.target] == tgt)


def test_sanction_active_with_pronoun(extractor):
    _, rels, _ = run(extractor, "Colonel Tomas Varga is a senior officer in the Hungarian army. "
                                "Canada has sanctioned him over the crackdown.")
    assert ("SANCTIONED_BY", "Tomas Varga", "Canada") in rels


def test_sanction_passive_coordinated_agents(extractor):
    _, rels, _ = run(extractor, "Ibrahim Keller has been sanctioned by Japan, the European Union and Britain.")
    assert {("SANCTIONED_BY", "Ibrahim Keller", "Japan"), ("SANCTIONED_BY", "Ibrahim Keller", "European Union"),
            ("SANCTIONED_BY", "Ibrahim Keller", "United Kingdom")} <= rels


def test_a_listing_that_names_the_counted_targets(extractor):
    _, rels, _ = run(extractor, "The UN Security Council on Thursday imposed sanctions on three commanders of the "
                                "Kivu Liberation Front. The resolution, adopted unanimously, names Col. Jean Bosco "
                                "Rutayisire, Maj. Eric Hakizimana and Paul Ndayisenga.")
    assert {("SANCTIONED_BY", p, "UN Security Council")
            for p in ("Jean Bosco Rutayisire", "Eric Hakizimana", "Paul Ndayisenga")} <= rels


def test_a_second_state_designating_some_of_the_same_targets(extractor):
    _, rels, _ = run(extractor, "The United States imposed sanctions on Omid Rahimi on Thursday. Canada designated "
                                "two of the same targets, Parsa Trading and Omid Rahimi, a day later.")
    assert ("SANCTIONED_BY", "Parsa Trading", "Canada") in rels
    assert ("SANCTIONED_BY", "Omid Rahimi", "Canada") in rels


def test_a_body_designating_targets_sanctions_them_for_its_state(extractor):
    _, rels, _ = run(extractor, "The Treasury Department's Office of Foreign Assets Control on Monday designated "
                                "Karim Bello and two firms he controls, Sahel Gold Trading and Niger Star Logistics. "
                                "The United States says the firms smuggle gold.")
    assert {("SANCTIONED_BY", t, "Office of Foreign Assets Control")
            for t in ("Karim Bello", "Sahel Gold Trading", "Niger Star Logistics")} <= rels
    assert ("SANCTIONED_BY", "Karim Bello", "United States") in rels
    _, rels, _ = run(extractor, "Idris Kone was designated by the State Department on Monday. Analysts "
                                "designated the region a priority.")
    assert ("SANCTIONED_BY", "Idris Kone", "State Department") in rels


def test_an_office_listing_targets_sanctions_them_for_the_department_it_belongs_to(extractor):
    _, rels, _ = run(extractor, "The Treasury Department said on Monday it had acted against Sahel Gold Trading. "
                                "The Treasury's Office of Foreign Assets Control added Karim Bello and Sahel Gold "
                                "Trading to its sanctions list.")
    assert {("SANCTIONED_BY", t, b) for t in ("Karim Bello", "Sahel Gold Trading")
            for b in ("Office of Foreign Assets Control", "US Treasury")} <= rels
    _, rels, _ = run(extractor, "The Office of Foreign Assets Control added Karim Bello to its sanctions list.")
    assert not any(r[0] == "SANCTIONED_BY" and r[2] != "Office of Foreign Assets Control" for r in rels)


@pytest.mark.parametrize("placed", ["placed on a trade blacklist", "placed on the sanctions list"])
def test_placed_on_a_list_by_a_state_hangs_the_agent_on_the_list(extractor, placed):
    _, rels, _ = run(extractor, f"Rift Valley Trading was {placed} by the United States in 2021.")
    assert ("SANCTIONED_BY", "Rift Valley Trading", "United States") in rels


def test_a_sanctions_committee_acts_for_its_council(extractor):
    _, rels, _ = run(extractor, "The UN Security Council's sanctions committee added Karim Bello to its list on Monday.")
    assert ("SANCTIONED_BY", "Karim Bello", "UN Security Council") in rels
    _, rels, _ = run(extractor, "The club's committee added Karim Bello to its list of speakers on Monday.")
    assert not any(r[0] == "SANCTIONED_BY" for r in rels)


def test_visa_restrictions_and_targets_listed_among_them(extractor):
    res, rels, _ = run(extractor, "The US State Department on Tuesday imposed visa restrictions on 20 Honduran officials, "
                                  "including former security minister Luis Pineda.")
    assert ("SANCTIONED_BY", "Luis Pineda", "State Department") in rels
    assert [e.type for e in res.events] == ["sanction"]
    _, rels, _ = run(extractor, "Canada on Tuesday imposed sanctions on 14 Peruvian officials, among them former "
                                "interior minister Mario Quispe.")
    assert ("SANCTIONED_BY", "Mario Quispe", "Canada") in rels
    res, _, _ = run(extractor, "Officials eased movement restrictions in the capital on Tuesday.")
    assert res.events == []


def test_sanction_nominal(extractor):
    _, rels, _ = run(extractor, "Australia imposed sanctions on Pedro Salgado and Ana Ferreira last week.")
    assert ("SANCTIONED_BY", "Pedro Salgado", "Australia") in rels
    assert ("SANCTIONED_BY", "Ana Ferreira", "Australia") in rels


def test_accuses_of_with_event(extractor):
    res, rels, names = run(extractor, "Poland accuses Viktor Dzhumaev of ordering the 2021 bombing in Warsaw.")
    assert ("ACCUSED", "Poland", "Viktor Dzhumaev") in rels
    acc = next(r for r in res.relations if r.type == "ACCUSED_OF")
    assert names[acc.source] == "Viktor Dzhumaev" and acc.properties["by"] == ["country:poland"]
    assert not any(r.type == "PERPETRATOR_OF" for r in res.relations)


def test_a_speaker_who_reports_then_accuses_is_the_accuser(extractor):
    _, rels, _ = run(extractor, "Omar Haidari, a spokesman for the Libyan government, told reporters that Libya did "
                                "not shelter \"any armed group\" and accused Chad of inventing pretexts for raids.")
    assert ("ACCUSED", "Omar Haidari", "Chad") in rels
    assert ("ACCUSED", "Libya", "Chad") not in rels


def test_pointing_at_a_group_and_a_passive_blame_are_accusations(extractor):
    _, rels, _ = run(extractor, "Interior Minister Saif Darwish was quick to point the finger at the Kivu Liberation "
                                "Front. Chad's army pointed at the Sudan Liberation Movement.")
    assert ("ACCUSED", "Saif Darwish", "Kivu Liberation Front") in rels
    res, rels, names = run(extractor, "The bombing in Beni on Monday was blamed on the Kivu Liberation Front by "
                                      "Uganda's government.")
    assert ("ACCUSED", "Uganda", "Kivu Liberation Front") in rels
    assert any(r.type == "ACCUSED_OF" and names[r.source] == "Kivu Liberation Front" for r in res.relations)


def test_membership_told_by_what_a_person_does_for_a_body(extractor):
    _, rels, _ = run(extractor, "Aye Chan, who speaks for the Arakan National Council, condemned the raid. Sami Idris, "
                                "a coordinator for the Nile Medics Network, counted the dead. Col. Musa Dabo, who "
                                "commands Sahel Defence Front units in Gao, was sanctioned.")
    assert ("MEMBER_OF", "Aye Chan", "Arakan National Council") in rels
    assert ("MEMBER_OF", "Sami Idris", "Nile Medics Network") in rels
    assert ("MEMBER_OF", "Musa Dabo", "Sahel Defence Front") in rels
    assert ("LEADS", "Musa Dabo", "Sahel Defence Front") not in rels


def test_an_alliance_described_as_led_by_someone(extractor):
    _, rels, _ = run(extractor, "The gang is part of Kor Lakay, an alliance of armed groups led by Jean Baptiste Amos.")
    assert ("LEADS", "Jean Baptiste Amos", "Kor Lakay") in rels


def test_the_president_is_someone_titled_so_not_the_last_person_named(extractor):
    _, rels, _ = run(extractor, "The opposition leader, Musa Kaba, accused the president of rigging the election.")
    assert not any(r[1] == "Musa Kaba" and r[0] in ("ACCUSED_OF", "SUSPECTED_OF") for r in rels)


def test_sabotage_a_state_says_another_did_is_an_accusation(extractor):
    _, rels, _ = run(extractor, "Georgia said on Monday that Russia had blown up the pipeline near Gori.")
    assert ("ACCUSED", "Georgia", "Russia") in rels


def test_envoys_of_several_states_meeting_with_others_are_one_side(extractor):
    _, rels, _ = run(extractor, "Envoys from Norway, Qatar and Turkey met with army and rebel representatives in "
                                "Geneva on Monday.")
    assert not any(r[0] == "NEGOTIATED_WITH" and {r[1], r[2]} <= {"Norway", "Qatar", "Turkey"} for r in rels)
    _, rels, _ = run(extractor, "Negotiators for Mali's government and the Azawad Front resumed talks in Algiers on "
                                "Monday, with mediators pressing both sides.")
    assert ("NEGOTIATED_WITH", "Mali", "Azawad Front") in rels or ("NEGOTIATED_WITH", "Azawad Front", "Mali") in rels


def test_a_states_armed_group_is_not_part_of_the_state(extractor):
    _, rels, _ = run(extractor, "Sudan's paramilitary Rapid Support Forces shelled El Obeid on Monday. Sudan's "
                                "army said it had repelled the attack.")
    assert ("PART_OF", "Rapid Support Forces", "Sudan") not in rels
    assert ("PART_OF", "Sudanese army", "Sudan") in rels


def test_an_opposition_leader_leads_no_state(extractor):
    _, rels, _ = run(extractor, "The case recalls the poisoning of the Belarusian opposition leader Ales Zhuk in 2021.")
    assert not any(r[0] == "LEADS" and r[1] == "Ales Zhuk" for r in rels)


def test_a_leaders_government_accuses_for_the_body_or_state_he_leads(extractor):
    _, rels, _ = run(extractor, "Karim Mansour heads the Government of National Unity. Mansour's government has "
                                "accused the Eastern Command of arming the mutineers.")
    assert ("ACCUSED", "Government of National Unity", "Eastern Command") in rels
    _, rels, _ = run(extractor, "President Daniel Moi of Kenya spoke on Monday. Moi's government accused Somalia of "
                                "harbouring militants.")
    assert ("ACCUSED", "Kenya", "Somalia") in rels


def test_the_government_of_a_named_leader_is_accused_as_the_state_he_leads(extractor):
    _, rels, _ = run(extractor, "Belarus's president, Viktor Lukin, has ruled since 2001. Lithuania accused the "
                                "government of President Viktor Lukin of sending migrants across the border.")
    assert ("ACCUSED", "Lithuania", "Belarus") in rels


def test_officials_a_demonym_names_accuse_for_their_state_and_a_ruling_group_is_accused(extractor):
    _, rels, _ = run(extractor, "Egyptian officials have long accused the Hamas authorities in Gaza of "
                                "smuggling weapons.")
    assert ("ACCUSED", "Egypt", "Hamas") in rels
    assert len([o for t, _, o in rels if t == "ACCUSED"]) == 1  # the group that governs, not a place
    _, rels, _ = run(extractor, "Talks between Pakistan and Afghanistan's Taliban government resumed on Monday.")
    assert not any(o == "Taliban" for t, _, o in rels if t == "PARTICIPATED_IN")  # the state owns it here


def test_a_crackdown_the_accused_would_fund_is_no_event(extractor):
    res, rels, _ = run(extractor, "The United States accused Nicaragua of using gold revenue to bankroll a "
                                  "crackdown on critics.")
    assert ("ACCUSED", "United States", "Nicaragua") in rels
    assert not [e for e in res.events if e.type == "attack"]


def test_a_common_noun_before_the_accusers_name_is_no_subject_of_its_own(extractor):
    _, rels, _ = run(extractor, "The opposition Kenya People's Alliance accused John Otieno of taking bribes.")
    assert ("ACCUSED", "Kenya People's Alliance", "John Otieno") in rels


def test_a_described_target_they_accuse_is_accused_once_named(extractor):
    _, rels, _ = run(extractor, "Britain and the European Union imposed sanctions on Monday on a militia leader they "
                                "accuse of orchestrating a campaign of attacks. The leader, Peter Kamau, denied it.")
    assert {("ACCUSED", "United Kingdom", "Peter Kamau"), ("ACCUSED", "European Union", "Peter Kamau")} <= rels
    _, rels, _ = run(extractor, "Britain imposed sanctions on Monday on a militia leader whom rights groups accuse of "
                                "abuses. The leader, Peter Kamau, denied it.")
    assert ("SANCTIONED_BY", "Peter Kamau", "United Kingdom") in rels
    assert ("ACCUSED", "United Kingdom", "Peter Kamau") not in rels


@pytest.mark.parametrize("accused", ["Uganda's rulers", "Ugandan intelligence agencies"])
def test_a_states_rulers_or_agencies_stand_for_it(extractor, accused):
    _, rels, _ = run(extractor, f"Grace Wanjiru, a Kenyan lawmaker, accused {accused} of plotting the attack.")
    assert ("ACCUSED", "Grace Wanjiru", "Uganda") in rels


def test_a_cell_said_to_be_set_up_by_a_group_is_an_accusation(extractor):
    _, rels, _ = run(extractor, "Peter Kamau said the cell had been set up by the Kenya Liberation Front.")
    assert ("ACCUSED", "Peter Kamau", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Peter Kamau said the cell had been set on fire by the Kenya Liberation Front.")
    assert ("ACCUSED", "Peter Kamau", "Kenya Liberation Front") not in rels


@pytest.mark.parametrize("faction", ["a faction of the Kenya Liberation Front loyal to John Otieno, a commander",
                                     "a splinter group of the Kenya Liberation Front led by John Otieno"])
def test_attackers_said_to_belong_to_a_faction_accuse_its_body_and_its_leader(extractor, faction):
    _, rels, _ = run(extractor, f"Police chief Peter Kamau said the attackers belonged to {faction}.")
    assert {("ACCUSED", "Peter Kamau", "John Otieno"), ("ACCUSED", "Peter Kamau", "Kenya Liberation Front")} <= rels


def test_a_denial_and_then_an_accusation_by_the_same_speaker(extractor):
    _, rels, _ = run(extractor, "The National Police arrested three men. Peter Kamau denied on Tuesday that his group "
                                "had played any part in the shooting, and accused the police of inventing enemies.")
    assert ("ACCUSED", "Peter Kamau", "National Police") in rels


@pytest.mark.parametrize("claim", ["Uganda was smearing Kenyan businesses",
                                   "Uganda was deliberately trying to torpedo the talks"])
def test_saying_another_side_smears_or_tries_to_torpedo_is_an_accusation(extractor, claim):
    _, rels, _ = run(extractor, f"Foreign ministry spokesman Peter Kamau told reporters in Nairobi that {claim}.")
    assert ("ACCUSED", "Peter Kamau", "Uganda") in rels
    _, rels, _ = run(extractor, "Foreign ministry spokesman Peter Kamau told reporters in Nairobi that Uganda was not "
                                "trying to torpedo the talks.")
    assert ("ACCUSED", "Peter Kamau", "Uganda") not in rels


def test_tracing_a_deed_to_someone_accuses_them(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front denies any role. Police traced the attack to the Kenya "
                                "Liberation Front, Grace Wanjiru said.")
    assert ("ACCUSED", "Grace Wanjiru", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Kenya's foreign ministry traced the hacking to Peter Kamau.")
    assert ("ACCUSED", "Kenyan foreign ministry", "Peter Kamau") in rels
    _, rels, _ = run(extractor, "Kenya's foreign ministry has not traced the hacking to Peter Kamau.")
    assert not [r for r in rels if r[0] == "ACCUSED"]


def test_accusation_by_capital_metonym(extractor):
    _, rels, _ = run(extractor, "Officials in Tbilisi said Moscow was lying. Some Georgian lawmakers "
                                "accused Moscow of trying to sabotage the election.")
    assert ("ACCUSED", "Georgia", "Russia") in rels


def test_denial_is_not_an_accusation(extractor):
    res, rels, names = run(extractor, "Hungary denied accusing Slovakia of espionage. "
                                      "Serbia accused Croatia of arming rebels. Croatia denies arming the rebels.")
    assert ("ACCUSED", "Hungary", "Slovakia") not in rels
    edge = rel(res, names, "ACCUSED", "Serbia", "Croatia")
    assert edge.properties.get("denied") is True


def test_hedging_lowers_confidence_and_is_recorded(extractor):
    res, _, names = run(extractor, "Chile, offering no evidence, accused Peru of hiding the fugitives. "
                                   "Chile accused Bolivia of hiding the fugitives.")
    hedged = rel(res, names, "ACCUSED", "Chile", "Peru")
    plain = rel(res, names, "ACCUSED", "Chile", "Bolivia")
    assert "no evidence" in hedged.properties["hedge"]
    assert hedged.evidence[0].confidence < plain.evidence[0].confidence


def test_sent_to_negotiate_with(extractor):
    _, rels, _ = run(extractor, "Gen. Marek Novak was among the officers sent to negotiate with "
                                "rebel commander Luis Ortega.")
    assert ("NEGOTIATED_WITH", "Luis Ortega", "Marek Novak") in rels or \
           ("NEGOTIATED_WITH", "Marek Novak", "Luis Ortega") in rels


def test_talks_between(extractor):
    _, rels, _ = run(extractor, "Talks between Armenia and Azerbaijan resumed in Geneva on Monday.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Armenia", "Azerbaijan"} for t, a, b in rels)


def test_delegations_met_demonyms(extractor):
    res, rels, names = run(extractor, "Sudanese and Chadian delegations met in Doha on Tuesday.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Sudan", "Chad"} for t, a, b in rels)
    parts = {names[r.source] for r in res.relations if r.type == "PARTICIPATED_IN"}
    assert {"Sudan", "Chad"} <= parts


def test_apposition_member_and_leader(extractor):
    res, rels, _ = run(extractor, "Olga Petrenko, a deputy head of Russia's military intelligence agency, "
                                  "the GRU, was detained. Adm. Pavel Sokol, Russia's military intelligence chief, "
                                  "declined to comment.")
    assert ("MEMBER_OF", "Olga Petrenko", "GRU") in rels
    assert ("LEADS", "Pavel Sokol", "GRU") in rels
    assert ("PART_OF", "GRU", "Russia") in rels
    member = next(r for r in res.relations if r.type == "MEMBER_OF")
    assert member.properties["role"] == "deputy head"


def test_boss_compound_makes_org_and_leader(extractor):
    _, rels, _ = run(extractor, "Prosecutors met Wagner boss Dmitry Orlov in Minsk.")
    assert ("LEADS", "Dmitry Orlov", "Wagner") in rels


def test_state_leader_title(extractor):
    res, rels, _ = run(extractor, "Kenya's President William Ruto spoke to reporters.")
    assert ("LEADS", "William Ruto", "Kenya") in rels
    ruto = next(e for e in res.entities if e.name == "William Ruto")
    assert "President" in ruto.titles


def test_led_by_passive(extractor):
    _, rels, _ = run(extractor, "The rebels were pushed back by the Sudanese army, led by Gen. Omar Bashir Ali.")
    assert ("LEADS", "Omar Bashir Ali", "Sudanese army") in rels


def test_part_of_clause(extractor):
    _, rels, _ = run(extractor, "The Ansar Brigade, which is part of the Northern Front, denied the claim.")
    assert ("PART_OF", "Ansar Brigade", "Northern Front") in rels


def test_evidence_offsets_match_sentence(extractor):
    text = "date 2025-01-02 Intro line.\n\nMexico has sanctioned Carlos Ruiz. Later, Peru accused Ruiz of fraud."
    from newsgraph.loaders.readers import read_articles  # noqa: F401  (the reader strips the date line)

    art = Article(text=text, published="2025-01-02")
    res = extractor.extract(art)
    assert res.relations
    for r in res.relations:
        for ev in r.evidence:
            assert text[ev.start:ev.end] == ev.sentence
            assert ev.sentence == ev.sentence.strip()  # no paragraph breaks carried along
            assert ev.article == art.id and ev.extractor and 0 <= ev.confidence <= 1
    for e in res.events:
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.sentence


def test_asset_freeze_and_placed_under_sanctions(extractor):
    _, rels, _ = run(extractor, "EU ministers froze the assets of Anton Brezhko. Washington has placed "
                                "Lena Vasko under sanctions over election meddling.")
    assert ("SANCTIONED_BY", "Anton Brezhko", "European Union") in rels
    assert ("SANCTIONED_BY", "Lena Vasko", "United States") in rels


def test_said_responsible_is_an_accusation_with_its_source(extractor):
    res, rels, names = run(extractor, "Mr. Dorin Lupu was shot in Chisinau on Wednesday. The EU said Ivan Petrov "
                                      "was responsible for the shooting.")
    assert ("ACCUSED", "European Union", "Ivan Petrov") in rels
    acc = next(r for r in res.relations if r.type == "ACCUSED_OF")
    assert names[acc.source] == "Ivan Petrov" and acc.properties["by"] == ["organisation:european-union"]


def test_serves_as_and_relative_clause(extractor):
    _, rels, _ = run(extractor, "Gen. Arif Demir, who serves as a deputy commander of the Presidential Guard, "
                                "resigned.")
    assert ("MEMBER_OF", "Arif Demir", "Presidential Guard") in rels


def test_neither_confirmed_nor_denied_is_no_denial(extractor):
    res, _, names = run(extractor, "Serbia accused Croatia of arming rebels. Croatia has neither confirmed "
                                   "nor denied it.")
    edge = rel(res, names, "ACCUSED", "Serbia", "Croatia")
    assert "denied" not in edge.properties


def test_under_sanctions_and_pointed_finger(extractor):
    _, rels, _ = run(extractor, "Oleg Deripas, who is under US sanctions, attended. Britain pointed the finger "
                                "at Moscow.")
    assert ("SANCTIONED_BY", "Oleg Deripas", "United States") in rels
    assert ("ACCUSED", "United Kingdom", "Russia") in rels


def test_coordinated_parties_held_talks(extractor):
    _, rels, _ = run(extractor, "Armenia and Azerbaijan held talks in Washington on Monday.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Armenia", "Azerbaijan"} for t, a, b in rels)


def test_armed_wing_is_part_of(extractor):
    _, rels, _ = run(extractor, "The Qassam Brigades, the armed wing of Hamas, fired rockets.")
    assert ("PART_OF", "Qassam Brigades", "Hamas") in rels


def test_sanctions_imposed_passive_nominal(extractor):
    res, rels, names = run(extractor, "Sanctions were imposed on Nadia Korr by Canada in 2023 for her alleged role "
                                      "in a violent crackdown on protesters.")
    assert ("SANCTIONED_BY", "Nadia Korr", "Canada") in rels
    acc = next(r for r in res.relations if r.type == "ACCUSED_OF")
    assert acc.properties["by"] == ["country:canada"] and "alleged" in acc.properties["hedge"]


def test_sanctions_on_many_targets_including_and_domain_chiefs(extractor):
    _, rels, _ = run(extractor, "Britain announced sanctions on more than 100 targets, including Defence Minister "
                                "Pak Jong Su. EU foreign policy chief Ida Berg welcomed the move.")
    assert ("SANCTIONED_BY", "Pak Jong Su", "United Kingdom") in rels
    assert ("MEMBER_OF", "Ida Berg", "European Union") in rels
    assert ("LEADS", "Ida Berg", "European Union") not in rels


def test_unqualified_president_heads_the_lede_state(extractor):
    _, rels, _ = run(extractor, "Chile's Supreme Court suspended the mayor of Valparaiso on Monday over a bribery case. "
                                "Protesters gathered outside the court in the evening.\n\n"
                                "President Gabriel Boric said he would respect the ruling.")
    assert ("LEADS", "Gabriel Boric", "Chile") in rels


def test_unqualified_presidents_not_guessed_when_lede_is_ambiguous_or_two(extractor):
    _, rels, _ = run(extractor, "Peru and Bolivia signed a border accord on Monday. "
                                "Observers called it a milestone.\n\n"
                                "President Ana Torres thanked the negotiators.")
    assert not any(r[0] == "LEADS" and r[1] == "Ana Torres" for r in rels)
    _, rels, _ = run(extractor, "Chile's Supreme Court suspended the mayor of Valparaiso on Monday. "
                                "Observers called it a milestone.\n\n"
                                "President Ana Torres has long accused President Luis Vega of meddling.")
    assert not any(r[0] == "LEADS" and r[1] in ("Ana Torres", "Luis Vega") for r in rels)


def test_a_state_the_leader_accuses_or_courts_is_not_the_one_he_leads(extractor):
    _, rels, _ = run(extractor, "Kosovo police said on Monday an officer was shot near Mitrovica.\n\n"
                                "Prime Minister Arben Gashi, visiting the officer in hospital, accused Belgrade of "
                                "arming the gunmen.\n\nSerbia rejected the claim.")
    assert ("LEADS", "Arben Gashi", "Serbia") not in rels
    _, rels, _ = run(extractor, "Manila protested to Beijing on Tuesday.\n\nPresident Rodrigo Santos, who has "
                                "sought closer ties with Washington since 2022, called the ambassador.")
    assert ("LEADS", "Rodrigo Santos", "United States") not in rels
    _, rels, _ = run(extractor, "Relations soured after President Rodrigo Santos took office in 2022 and moved closer "
                                "to Washington.")
    assert ("LEADS", "Rodrigo Santos", "United States") not in rels


def test_leader_met_in_a_capital_leads_its_state(extractor):
    _, rels, _ = run(extractor, "Ethiopia and Eritrea traded accusations over the border this week.\n\nThe envoy "
                                "met Prime Minister Dawit Bekele in Addis Ababa on Tuesday and travelled to Asmara "
                                "the following day for talks with President Yonas Tesfai.")
    assert ("LEADS", "Dawit Bekele", "Ethiopia") in rels
    assert ("LEADS", "Yonas Tesfai", "Eritrea") in rels


def test_unqualified_leader_heads_the_state_the_story_is_about(extractor):
    _, rels, _ = run(extractor, "Armenia's security service said on Tuesday it had arrested an army officer "
                                "suspected of spying for Azerbaijan. Armenian prosecutors charged him with treason. "
                                "Armenia and Azerbaijan are negotiating a peace treaty.\n\n"
                                "Prime Minister Hovik Sargsyan said the courts would deal with the case. "
                                "Armenian officials declined to say more.")
    assert ("LEADS", "Hovik Sargsyan", "Armenia") in rels
    _, rels, _ = run(extractor, "Armenia and Azerbaijan traded accusations on Tuesday over a shooting at the "
                                "border. Azerbaijan said Armenia fired first.\n\nPrime Minister Hovik Sargsyan "
                                "said the courts would deal with the case.")
    assert not any(r[0] == "LEADS" and r[1] == "Hovik Sargsyan" for r in rels)


def test_apposed_state_title_heads_the_lede_state(extractor):
    _, rels, _ = run(extractor, "Peru's police detained a former minister in Lima on Monday. "
                                "The arrest shocked the capital.\n\n"
                                "The interim president, Rosa Quispe, called for calm.")
    assert ("LEADS", "Rosa Quispe", "Peru") in rels
    _, rels, _ = run(extractor, "Peru's police detained a former minister in Lima on Monday. "
                                "The arrest shocked the capital.\n\n"
                                "The president of the football club, Rosa Quispe, called for calm.")
    assert not any(r[0] == "LEADS" and r[1] == "Rosa Quispe" and r[2] == "Peru" for r in rels)


def test_founders_and_chief_read_as_adjective(extractor):
    _, rels, _ = run(extractor, "The convoy carrying Falcon Brigade chief Omar Haddad was attacked.")
    assert ("LEADS", "Omar Haddad", "Falcon Brigade") in rels
    _, rels, _ = run(extractor, "Ali Sami founded the Dawn Party in 2010.")
    assert ("LEADS", "Ali Sami", "Dawn Party") in rels
    _, rels, _ = run(extractor, "Rami Aziz, a former police officer who co-founded the Dawn Party, was arrested.")
    assert ("MEMBER_OF", "Rami Aziz", "Dawn Party") in rels and ("LEADS", "Rami Aziz", "Dawn Party") not in rels


def test_self_appointed_and_sworn_in_leaders_head_the_lede_state(extractor):
    _, rels, _ = run(extractor, "Peru's army seized power in Lima on Wednesday. Observers were stunned.\n\n"
                                "Gen. Juan Ruiz, the commander of the presidential guard, declared himself the "
                                "head of a new military government on Friday.")
    assert ("LEADS", "Juan Ruiz", "Peru") in rels
    _, rels, _ = run(extractor, "Peru's congress met in Lima on Monday. Ana Soto was sworn in as president.")
    assert ("LEADS", "Ana Soto", "Peru") in rels
    _, rels, _ = run(extractor, "Peru's congress met in Lima on Monday. Ana Soto was sworn in as president of "
                                "the football club.")
    assert ("LEADS", "Ana Soto", "Peru") not in rels


def test_police_chief_title_leads_the_one_police_force(extractor):
    _, rels, _ = run(extractor, "The National Police Service said on Friday the man was killed. Police Chief "
                                "Amina Odera said the women knew.")
    assert ("LEADS", "Amina Odera", "National Police Service") in rels
    _, rels, _ = run(extractor, "The National Police Service and the Uganda Police Force said on Friday the man "
                                "was killed. Police Chief Amina Odera said the women knew.")
    assert not any(r[0] == "LEADS" and r[1] == "Amina Odera" for r in rels)


def test_the_troops_he_commanded_are_the_unit_he_leads(extractor):
    _, rels, _ = run(extractor, "Gen. Oleg Sokol, the head of the Falcon Brigade, was killed on Monday. "
                                "Canada sanctioned Sokol and the troops he commanded in October.")
    assert ("SANCTIONED_BY", "Falcon Brigade", "Canada") in rels


def test_his_party_is_one_he_belongs_to(extractor):
    _, rels, _ = run(extractor, "Moscow regards Ivan Petrenko as a traitor. It urged voters not to back his "
                                "Democratic Reform Party in the spring.")
    assert ("MEMBER_OF", "Ivan Petrenko", "Democratic Reform Party") in rels
    assert ("LEADS", "Ivan Petrenko", "Democratic Reform Party") not in rels


def test_lede_state_yields_to_a_state_named_elsewhere_for_the_same_leader(extractor):
    _, rels, _ = run(extractor, "Chile's Supreme Court ruled on Monday that the tax was illegal. Lawyers welcomed "
                                "the ruling.\n\nPresident Mark Dole said he would impose tariffs. Earlier, US "
                                "President Mark Dole met advisers.")
    assert ("LEADS", "Mark Dole", "United States") in rels
    assert ("LEADS", "Mark Dole", "Chile") not in rels


def test_those_targeted_include_named_people(extractor):
    res, rels, names = run(extractor, "Canada on Monday sanctioned nine Bolivian officials over the crackdown. "
                                      "Those targeted include Jorge Vaca, the head of the electoral court, as well "
                                      "as members of the National Police Council.")
    assert ("SANCTIONED_BY", "Jorge Vaca", "Canada") in rels
    assert ("TARGET_OF", "Jorge Vaca", "sanction:2025-03-10") in rels
    assert not any(r[0] == "SANCTIONED_BY" and r[1] == "National Police Council" for r in rels)


def test_unqualified_leader_heads_the_lede_subject_state_no_one_else_leads(extractor):
    _, rels, _ = run(extractor, "Canada and Japan imposed sanctions on the junta on Monday, citing abuses in "
                                "the north of the country.\n\nPrime Minister Mark Lane said the measures were "
                                "overdue. Japanese Prime Minister Ken Mori called them necessary.")
    assert ("LEADS", "Ken Mori", "Japan") in rels
    assert ("LEADS", "Mark Lane", "Canada") in rels


def test_an_organisations_own_unit_is_part_of_it(extractor):
    _, rels, _ = run(extractor, "The Iraqi Army's Ninth Division said it had repelled the raid.")
    assert ("PART_OF", "Ninth Division", "Iraqi Army") in rels


@pytest.mark.parametrize("text, rel", [
    ("Omar Dida was appointed head of the Northern Liberation Front in May.", "LEADS"),
    ("Omar Dida took over as leader of the Northern Liberation Front in May.", "LEADS"),
    ("Omar Dida succeeded Ali Hassan as head of the Northern Liberation Front.", "LEADS"),
    ("The Northern Liberation Front chose Omar Dida as its new leader.", "LEADS"),
    ("Omar Dida was named deputy commander of the Northern Liberation Front.", "MEMBER_OF"),
])
def test_appointments(extractor, text, rel):
    _, rels, _ = run(extractor, text)
    assert (rel, "Omar Dida", "Northern Liberation Front") in rels


def test_named_to_replace_is_no_appointment_yet(extractor):
    _, rels, _ = run(extractor, "Ali Hassan, whom the council had named to replace him as head of the Northern "
                                "Liberation Front, declined.")
    assert not any(r[0] == "LEADS" for r in rels)


def test_group_commander_modifier_is_a_member(extractor):
    _, rels, _ = run(extractor, "An airstrike in Khan Younis on Saturday killed Hamas commander Rami Saleh.")
    assert ("MEMBER_OF", "Rami Saleh", "Hamas") in rels and ("LEADS", "Rami Saleh", "Hamas") not in rels


def test_blamed_on_a_capital_in_every_word_order(extractor):
    for text in ("Moscow blamed the attack on Kyiv on Monday.", "Moscow on Monday blamed the attack on Kyiv."):
        _, rels, _ = run(extractor, text)
        assert ("ACCUSED", "Russia", "Ukraine") in rels
    _, rels, _ = run(extractor, "A drone strike blamed on Kyiv hit a refinery in Ryazan on Monday.")
    assert ("SUSPECTED_OF", "Ukraine", "attack:2025-03-10") in rels


def test_sanction_listing_follows_the_first_sanctioner(extractor):
    _, rels, _ = run(extractor, "Canada on Monday imposed sanctions on three Venezuelan officers and a bank. "
                                "The foreign ministry said it had designated Pedro Salas, the head of the navy, "
                                "as well as Carlos Mena. Also added to the list was Colonel Luis Ortega. "
                                "Among those named is Ana Ruiz, a judge in Caracas.")
    for name in ("Pedro Salas", "Carlos Mena", "Luis Ortega", "Ana Ruiz"):
        assert ("SANCTIONED_BY", name, "Canada") in rels


def test_designated_as_a_label_without_prior_sanction_is_not_a_listing(extractor):
    _, rels, _ = run(extractor, "Officials said Canada designated Pedro Salas a threat to national security.")
    assert not any(r[0] == "SANCTIONED_BY" for r in rels)


def test_judges_reporters_and_figures_are_members(extractor):
    _, rels, _ = run(extractor, "Elena Ruiz, a judge at the Constitutional Court, resigned on Monday. "
                                "Police arrested Marco Bianchi, a senior figure in the Sinaloa Cartel.")
    assert ("MEMBER_OF", "Elena Ruiz", "Constitutional Court") in rels
    assert ("MEMBER_OF", "Marco Bianchi", "Sinaloa Cartel") in rels


def test_a_general_manager_heads_the_body_and_a_manager_belongs_to_it(extractor):
    _, rels, _ = run(extractor, "John Otieno, general manager of the Kenya Power Authority since 2021, resigned on "
                                "Monday. Peter Kamau, a manager at the Kenya Power Authority, was arrested.")
    assert ("LEADS", "John Otieno", "Kenya Power Authority") in rels
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Power Authority") in rels


def test_ministry_spokesperson_belongs_to_the_ministry_of_that_state(extractor):
    res, rels, _ = run(extractor, "Anna Kowalska, the Polish foreign ministry spokeswoman, said talks would resume. "
                                  "Turkey's defence ministry spokesman, Zeki Aktürk, denied the report.")
    assert ("MEMBER_OF", "Anna Kowalska", "Polish foreign ministry") in rels
    assert ("MEMBER_OF", "Zeki Aktürk", "Turkish defence ministry") in rels
    _, rels, _ = run(extractor, "Polish foreign ministry spokesperson Anna Kowalska said Poland would respond.")
    assert ("PART_OF", "Polish foreign ministry", "Poland") in rels


def test_state_acting_on_a_presidents_government_does_not_lead_it(extractor):
    _, rels, _ = run(extractor, "Canada on Friday imposed sanctions on three Venezuelan officials, accusing the "
                                "government of President Nicolás Maduro of rigging the vote.")
    assert ("LEADS", "Nicolás Maduro", "Canada") not in rels


def test_talks_in_a_city_between_two_ministers_pairs_them_and_their_states(extractor):
    _, rels, _ = run(extractor, "Greece and Turkey traded blame on Monday. The deal was reached after talks in "
                                "Ohrid, the lakeside city, between Greek Foreign Minister Marko Djuric and his "
                                "Turkish counterpart, Donika Gervalla, which ended on Sunday.")
    assert ("NEGOTIATED_WITH", "Marko Djuric", "Donika Gervalla") in rels or \
        ("NEGOTIATED_WITH", "Donika Gervalla", "Marko Djuric") in rels
    assert ("NEGOTIATED_WITH", "Greece", "Turkey") in rels or ("NEGOTIATED_WITH", "Turkey", "Greece") in rels


def test_the_government_is_the_state_the_lede_subject_names(extractor):
    _, rels, _ = run(extractor, "Gabon's government and the Ogooue Liberation Front agreed a truce on Thursday, "
                                "Swiss mediators said.\n\nGunmen killed four soldiers near Lambarene last month. "
                                "The government blamed the Ogooue Liberation Front for the attack.")
    assert ("ACCUSED", "Gabon", "Ogooue Liberation Front") in rels


def test_accusing_them_or_the_pair_reaches_those_the_main_verb_acted_on(extractor):
    _, rels, _ = run(extractor, "The United States sanctioned Sok Chenda and Mekong Star Group on Monday, "
                                "accusing them of running scam compounds.")
    assert {("ACCUSED", "United States", "Sok Chenda"), ("ACCUSED", "United States", "Mekong Star Group")} <= rels
    _, rels, _ = run(extractor, "Philippine police arrested Arnel Santos and Li Wenbo on Monday, accusing the "
                                "pair of photographing warships.")
    assert {("ACCUSED", "Philippines", "Arnel Santos"), ("ACCUSED", "Philippines", "Li Wenbo")} <= rels


def test_parties_acting_during_talks_negotiated_and_brokers_did_not(extractor):
    _, rels, _ = run(extractor, "In March 2023, Edi Rama and Serbian President Aleksandar Vucic backed the plan "
                                "during talks in Ohrid.")
    assert ("NEGOTIATED_WITH", "Edi Rama", "Aleksandar Vucic") in rels or (
        "NEGOTIATED_WITH", "Aleksandar Vucic", "Edi Rama") in rels
    _, rels, _ = run(extractor, "Clashes ended only after Qatar and Turkey brokered a ceasefire at talks in Doha "
                                "in October.")
    assert not any(r[0] == "NEGOTIATED_WITH" and {r[1], r[2]} == {"Qatar", "Turkey"} for r in rels)


def test_attributing_a_deed_to_someone_accuses_them(extractor):
    _, rels, _ = run(extractor, "In February hackers stole $1.5 billion from Bybit, a theft that the FBI has "
                                "attributed to the Lazarus Group.")
    assert ("ACCUSED", "FBI", "Lazarus Group") in rels


def test_held_or_investigated_on_suspicion_is_accused_by_the_holder(extractor):
    _, rels, _ = run(extractor, "Armenia's National Security Service said on Monday it had detained Major Arsen "
                                "Melkonyan on suspicion of passing coordinates to Azerbaijan.")
    assert ("ACCUSED", "National Security Service", "Arsen Melkonyan") in rels


def test_leader_of_a_states_government_and_of_the_lede_subjects_state(extractor):
    _, rels, _ = run(extractor, "Mexico condemned the attack. The Mexican government of President Claudia "
                                "Sheinbaum said the United States must act.")
    assert ("LEADS", "Claudia Sheinbaum", "Mexico") in rels
    _, rels, _ = run(extractor, "Moldovan authorities said on Tuesday they had broken up a plot against Moldova, "
                                "financed from Russia.\n\nRussia denied it. Russia's embassy called it a provocation. "
                                "Russian diplomats were summoned.\n\nPresident Maia Sandu thanked the police.")
    assert ("LEADS", "Maia Sandu", "Moldova") in rels


def test_violence_one_side_says_the_other_did_is_an_accusation(extractor):
    _, rels, _ = run(extractor, "Azerbaijan's defence ministry said on Monday that Armenian units had fired small "
                               "arms at Azerbaijani positions overnight.")
    accusers = {src for t, src, tgt in rels if t == "ACCUSED" and tgt == "Armenia"}
    assert accusers and all("Azerbaijan" in a for a in accusers)  # the state or its ministry


def test_own_side_violence_and_joint_statements_are_not_accusations(extractor):
    _, rels, _ = run(extractor, "A Kenyan air strike in Somalia has killed a senior militant commander, the Kenyan "
                               "military and Somalia's government said on Thursday. Its spokesman, Omar Haji, said "
                               "the movement's fighters had attacked army bases, a claim the Jubbaland Front denied.")
    assert not [r for r in rels if r[0] == "ACCUSED" and r[2] == "Kenya"]


def test_blocked_assets_of_officials_including_named_ones_is_a_sanction(extractor):
    res, rels, _ = run(extractor, "The US Treasury blocked any US-held assets of six officials on Wednesday, including "
                                  "Commissioner General Ramiro Paz, head of the National Police, and Laura Espinal, a "
                                  "judge. Protesters blocked the road to the airport on Monday.")
    assert ("SANCTIONED_BY", "Ramiro Paz", "US Treasury") in rels
    assert ("SANCTIONED_BY", "Laura Espinal", "US Treasury") in rels
    assert [e.type for e in res.events].count("sanction") == 1


def test_those_listed_by_a_named_body_are_its_targets_and_ministers_speak_for_their_bloc(extractor):
    _, rels, _ = run(extractor, "The US Treasury imposed sanctions on a police chief on Wednesday. European Union "
                                "foreign ministers added six further names to the bloc's sanctions regime on Monday. "
                                "Those listed by the EU include Sofia Marquez, a deputy attorney general.")
    assert ("SANCTIONED_BY", "Sofia Marquez", "European Union") in rels
    assert ("SANCTIONED_BY", "Sofia Marquez", "US Treasury") not in rels


def test_designating_a_group_a_terrorist_organisation_is_a_sanction_event(extractor):
    res, rels, _ = run(extractor, "Canada designated the Ardan Liberation Front a terrorist organisation in 2019. The "
                                  "Sahel Front, which Washington listed as a foreign terrorist organisation in 2021, "
                                  "denied the attack. The minister named the commander as Ali Hassan.")
    assert ("SANCTIONED_BY", "Ardan Liberation Front", "Canada") in rels
    assert ("SANCTIONED_BY", "Sahel Front", "United States") in rels
    assert sorted(e.date for e in res.events if e.type == "sanction") == ["2019", "2021"]


def test_the_authorities_or_rulers_named_with_a_state_stand_for_it(extractor):
    _, rels, _ = run(extractor, "Pakistan accused the authorities in Kabul of sheltering militants near the frontier. "
                                "Islamabad again charged Afghanistan's Taliban rulers with arming the fighters.")
    assert ("ACCUSED", "Pakistan", "Afghanistan") in rels
    assert ("ACCUSED", "Pakistan", "Taliban") in rels


def test_congressman_is_a_title_and_rockets_said_supplied_by_a_body_accuse_it(extractor):
    _, rels, _ = run(extractor, "Congressman Alvaro Reyes accused the minister, Tomas Quiroga, of \"criminal "
                                "negligence\". The Pentagon said the rockets had been supplied by Iran's Islamic "
                                "Revolutionary Guard Corps. Kataib Hezbollah is a faction the United States blames "
                                "for a rocket attack on a base.")
    assert ("ACCUSED", "Alvaro Reyes", "Tomas Quiroga") in rels
    assert ("ACCUSED", "Pentagon", "Islamic Revolutionary Guard Corps") in rels
    assert ("ACCUSED", "United States", "Kataib Hezbollah") in rels


def test_working_for_a_firm_and_one_of_a_gangs_leaders_are_memberships(extractor):
    _, rels, _ = run(extractor, "Tom Hale, a British engineer working for Sahel Mining Corp, was abducted on "
                                "Monday. Police arrested Jose Maradiaga, one of the most powerful leaders of the "
                                "Barrio 18 gang.")
    assert ("MEMBER_OF", "Tom Hale", "Sahel Mining Corp") in rels
    assert ("MEMBER_OF", "Jose Maradiaga", "Barrio 18") in rels
    assert ("LEADS", "Jose Maradiaga", "Barrio 18") not in rels  # one of several leaders does not lead it


def test_an_institution_named_without_its_state_in_a_story_set_in_one_state_is_that_states(extractor):
    _, rels, _ = run(extractor, "Gunmen killed two police officers in northern Ghana on Monday. The Interior "
                                "Ministry said the National Guard had been deployed.")
    assert ("PART_OF", "Interior Ministry", "Ghana") in rels
    assert ("PART_OF", "National Guard", "Ghana") in rels
    _, rels, _ = run(extractor, "Ghana and Togo traded accusations on Monday. The Interior Ministry said the "
                                "border was closed.")
    assert not any(t == "PART_OF" and s == "Interior Ministry" for t, s, _ in rels)  # which state's is unsaid


def test_a_capital_is_not_taken_for_a_body_named_after_it_and_two_countries_officials_are_the_sides(extractor):
    res, rels, _ = run(extractor, "Nepal and India traded accusations over the shooting. The Kathmandu Metropolitan "
                                  "Police said it had detained two men. The row overshadowed two days of "
                                  "consultations in Kathmandu that ended on Wednesday, the first talks between the "
                                  "two countries' foreign secretaries in a year.")
    places = {e.name for e in res.entities if e.type == "Location"}
    assert "Kathmandu" in places
    assert ("NEGOTIATED_WITH", "Nepal", "India") in rels or ("NEGOTIATED_WITH", "India", "Nepal") in rels


def test_the_paramilitary_or_the_militants_stand_for_the_armed_group_named_before(extractor):
    _, rels, _ = run(extractor, "The RSF shelled the city on Monday. Sudan's army blamed the paramilitary for the "
                                "strike.")
    assert ("ACCUSED", "Sudanese army", "Rapid Support Forces") in rels


def test_who_replaces_a_chief_is_not_the_successor_and_former_or_joint_officers_lead_nothing(extractor):
    _, rels, _ = run(extractor, "Gen. Pedro Arcaya headed the Bolivarian National Intelligence Service. On Monday "
                                "President Ana Robles replaced Arcaya with Gen. Luis Villegas.")
    assert ("LEADS", "Ana Robles", "Bolivarian National Intelligence Service") not in rels
    assert ("LEADS", "Luis Villegas", "Bolivarian National Intelligence Service") in rels
    _, rels, _ = run(extractor, "The Interior Ministry confirmed the arrests. Among the accused is a former deputy "
                                "interior minister, Col. Rustam Saidov.")
    assert not any(s == "Rustam Saidov" and t == "LEADS" for t, s, _ in rels)
    _, rels, _ = run(extractor, "Karim Uddin, the Jatiya Party's joint general secretary, was detained on Tuesday.")
    assert ("LEADS", "Karim Uddin", "Jatiya Party") not in rels


def test_the_treasury_named_after_the_states_full_name_keeps_that_spelling(extractor):
    res, _, _ = run(extractor, "The United States Treasury Department in 2021 blacklisted Harbourline Minerals.")
    treasury = next(e for e in res.entities if e.name == "US Treasury")
    assert "United States Treasury Department" in treasury.aliases


def test_a_leader_named_as_someones_ally_is_not_given_the_storys_state(extractor):
    _, rels, _ = run(extractor, "Police in Nepal arrested a former minister on Tuesday. The minister, a close ally "
                                "of Prime Minister Arjun Mehta, denied wrongdoing.")
    assert ("LEADS", "Arjun Mehta", "Nepal") not in rels


def test_a_subject_the_parser_hangs_inside_a_fronted_phrase_is_the_verbs_subject(extractor):
    from spacy.tokens import Doc

    from newsgraph.loaders.actors import subject

    # the parse the small model gave a dev sentence in context: "spokesman" an apposition of "blast"
    words = ["Within", "hours", "of", "the", "blast", ",", "the", "chief", "spokesman", ",", "Omar", "Hadi", ",",
             "accused", "Sudan"]
    heads = [13, 0, 1, 4, 2, 4, 8, 8, 4, 8, 11, 8, 8, 13, 13]
    deps = ["prep", "pobj", "prep", "det", "pobj", "punct", "det", "amod", "appos", "punct", "compound", "appos",
            "punct", "ROOT", "dobj"]
    pos = ["ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "VERB", "PROPN"]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    assert subject(doc[13]).text == "spokesman"
    doc = Doc(extractor.nlp.vocab, words=["Officials", "accused", "Sudan"], heads=[1, 1, 1],
              deps=["nsubj", "ROOT", "dobj"], pos=["NOUN", "VERB", "PROPN"])
    assert subject(doc[1]).text == "Officials"


def test_alleging_that_someone_did_something_is_an_accusation(extractor):
    _, rels, _ = run(extractor, "The US Treasury sanctioned Osman Rivera on Monday. The Treasury also alleged that "
                                "Rivera had met imprisoned gang leaders in 2025.")
    assert ("ACCUSED", "US Treasury", "Osman Rivera") in rels
    _, rels, _ = run(extractor, "Rivera denied that the Treasury had met gang leaders.")
    assert not any(t == "ACCUSED" for t, _, _ in rels)


def test_the_department_is_the_treasury_when_the_article_wrote_only_the_treasury(extractor):
    _, rels, _ = run(extractor, "The U.S. Treasury sanctioned Osman Reyes on Monday. The department also alleged "
                                "that Reyes had met imprisoned gang leaders in 2025.")
    assert ("ACCUSED", "US Treasury", "Osman Reyes") in rels


def test_an_unknown_acronym_before_a_member_noun_is_a_body_and_heading_its_delegation_is_no_leadership(extractor):
    res, rels, _ = run(extractor, "The KNPB commander Yusuf Wenda denied the charge.")
    assert ("MEMBER_OF", "Yusuf Wenda", "KNPB") in rels  # one of its commanders
    _, rels, _ = run(extractor, "The Chin Hills Defence Army (CHDA) joined the talks on Monday, sending a CHDA "
                                "delegation headed by the group's deputy commander, Col. Thang Lian.")
    assert ("LEADS", "Thang Lian", "Chin Hills Defence Army") not in rels


def test_the_rebels_written_in_the_plural_stand_for_the_armed_group_named_before(extractor):
    _, rels, _ = run(extractor, "The Front Patriotique du Kivu seized the town. Patrick Semana, the rebels' "
                                "spokesman, denied the claim.")
    assert ("MEMBER_OF", "Patrick Semana", "Front Patriotique du Kivu") in rels


def test_a_military_spokesman_speaks_for_the_states_army_named_before(extractor):
    _, rels, _ = run(extractor, "Chad's army said it had repelled the raid. Col. Idriss Mahamat, a military "
                                "spokesman, said 12 attackers were killed.")
    assert ("MEMBER_OF", "Idriss Mahamat", "Chadian army") in rels


def test_a_place_a_delegation_is_sent_to_and_a_parliaments_rapporteur(extractor):
    res, rels, _ = run(extractor, "Israel sent a delegation to Naqoura on Monday. Pieter Vos, the European "
                                  "Parliament's rapporteur on Turkey, criticised the arrest.")
    assert {e.name: e.type for e in res.entities}["Naqoura"] == "Location"
    assert ("MEMBER_OF", "Pieter Vos", "European Parliament") in rels


def test_a_bureau_of_a_police_force_named_with_its_acronym_between(extractor):
    _, rels, _ = run(extractor, "Officers of the Central Investigation Bureau (CIB) of Moldova Police detained "
                                "the lawmaker at his home on Monday.")
    assert ("PART_OF", "Central Investigation Bureau", "Moldova Police") in rels


def test_a_unit_described_by_the_group_it_belongs_to(extractor):
    res, rels, _ = run(extractor, "The ambush was carried out by the Katiba Nord, an al-Shabaab unit that has "
                                  "hidden in the hills for a decade, officials said.")
    assert ("PART_OF", "Katiba Nord", "al-Shabaab") in rels
    assert next(e for e in res.entities if e.name == "Katiba Nord").type == "Organisation"


def test_a_force_described_by_its_state_demonym(extractor):
    _, rels, _ = run(extractor, "Thailand said the shots were fired by a patrol of the Border Guard Force, the "
                                "Burmese paramilitary force that guards the frontier. Myanmar denied the claim.")
    assert ("PART_OF", "Border Guard Force", "Myanmar") in rels


def test_a_defence_ministry_speaks_for_its_state(extractor):
    _, rels, _ = run(extractor, "Talks resumed in Almaty on Monday. Georgia's defence ministry said on Tuesday "
                                "that Armenian units had fired on Georgian positions overnight.")
    assert ("ACCUSED", "Georgia", "Armenia") in rels


def test_names_listed_after_a_counted_target_among_them(extractor):
    _, rels, _ = run(extractor, "Britain imposed asset freezes and travel bans in 2025 on three former army "
                                "commanders, among them retired General Rohan Perera and Colonel Ivan Silva.")
    assert {("SANCTIONED_BY", "Rohan Perera", "United Kingdom"), ("SANCTIONED_BY", "Ivan Silva", "United Kingdom")} <= rels


def test_a_described_member_among_them_names_no_one(extractor):
    _, rels, _ = run(extractor, "Canada on Tuesday imposed sanctions on six officials, among them the director of "
                                "the Ruby Intelligence Service, over the detention of the activist Lorena Vidal.")
    assert not [r for r in rels if r[0] == "SANCTIONED_BY"]


def test_the_people_sanctioned_include(extractor):
    _, rels, _ = run(extractor, "The US Treasury sanctioned six members of the gang on Tuesday. The gang leaders "
                                "sanctioned include Mario Campos and Luis Ruiz.")
    assert {("SANCTIONED_BY", "Mario Campos", "US Treasury"), ("SANCTIONED_BY", "Luis Ruiz", "US Treasury")} <= rels


def test_an_entry_ban_on_both_of_the_sanctioned(extractor):
    _, rels, _ = run(extractor, "The Treasury sanctioned Ana Lopez and Jorge Ruiz on Monday. The State Department "
                                "separately barred both from entering the United States.")
    assert {("SANCTIONED_BY", "Ana Lopez", "State Department"), ("SANCTIONED_BY", "Jorge Ruiz", "State Department")} <= rels


def test_among_them_after_a_listing_in_the_sentence_before(extractor):
    _, rels, _ = run(extractor, "The EU added six people to the bloc's list of those sanctioned for hybrid "
                                "activities. Among them, according to the EU's Official Journal, was Colonel Ivan "
                                "Petrov. Among the protesters was Anna Berg.")
    assert ("SANCTIONED_BY", "Ivan Petrov", "European Union") in rels
    assert ("SANCTIONED_BY", "Anna Berg", "European Union") not in rels


def test_a_blocs_heads_of_state_act_for_the_bloc(extractor):
    _, rels, _ = run(extractor, "ECOWAS has suspended Mali. On Sunday the bloc's heads of state imposed sanctions "
                                "on General Ali Keita.")
    assert ("SANCTIONED_BY", "Ali Keita", "ECOWAS") in rels


def test_a_member_named_with_an_alias_then_of_the_gang(extractor):
    _, rels, _ = run(extractor, "The sanctions also hit Carlos Mejía, alias \"El Tigre\", of Barrio 18.")
    assert ("MEMBER_OF", "Carlos Mejía", "Barrio 18") in rels


def test_the_founder_of_a_movement_named_with_a_gloss(extractor):
    _, rels, _ = run(extractor, "Rafael Ortiz, who founded the Nueva Ola (New Wave) movement after fleeing the "
                                "country in 2022, was poisoned. Ana Perez, a spokeswoman for Nueva Ola, said the "
                                "attack was political.")
    assert {("LEADS", "Rafael Ortiz", "Nueva Ola"), ("MEMBER_OF", "Ana Perez", "Nueva Ola")} <= rels


def test_an_outlets_deputy_editor(extractor):
    _, rels, _ = run(extractor, "Tharindu Silva, Satyaya's deputy editor, said the police had ignored threats.")
    assert ("MEMBER_OF", "Tharindu Silva", "Satyaya") in rels


def test_his_party_named_in_apposition(extractor):
    _, rels, _ = run(extractor, "Police arrested Bhim Adhikari on Tuesday. His party, the Nepali Congress, "
                                "called the arrest political.")
    assert ("MEMBER_OF", "Bhim Adhikari", "Nepali Congress") in rels


def test_an_agency_known_by_its_acronym(extractor):
    _, rels, _ = run(extractor, "Latvia's Internal Security Service, known by its Latvian acronym DSV, said it "
                                "had arrested two men. DSV's director general, Karlis Ozols, said the men were "
                                "paid in cash.")
    assert ("LEADS", "Karlis Ozols", "Internal Security Service") in rels


def test_a_lawmaker_named_after_a_common_noun_accuses(extractor):
    _, rels, _ = run(extractor, "Opposition lawmaker Voahangy Rahery accused Tojo Rasolofo of using the unrest "
                                "as a pretext.")
    assert ("ACCUSED", "Voahangy Rahery", "Tojo Rasolofo") in rels


def test_laying_the_blame_on_a_group(extractor):
    _, rels, _ = run(extractor, "Gunmen killed four police officers on Monday. Governor Ali Musa laid the blame "
                                "for the killings squarely on the Sahel Front.")
    assert ("ACCUSED", "Ali Musa", "Sahel Front") in rels


def test_a_plot_said_to_be_run_by_another_states_agency(extractor):
    _, rels, _ = run(extractor, "Estonia's Internal Security Service said it had dismantled a sabotage cell "
                                "allegedly run by Russia's GRU military intelligence service.")
    assert ("ACCUSED", "Internal Security Service", "GRU") in rels
    _, rels, _ = run(extractor, "Police broke up a spy ring directed by Iran's intelligence ministry in 2021.")
    assert not [r for r in rels if r[0] == "ACCUSED"]


def test_the_treasurys_under_secretary(extractor):
    for text in ("Lydia Marsh, the Treasury's under secretary for terrorism and financial intelligence, said the "
                 "network was dismantled.",
                 "The Treasury's acting under secretary for terrorism and financial intelligence, Lydia Marsh, said "
                 "the network was dismantled."):
        res, rels, names = run(extractor, text)
        assert ("MEMBER_OF", "Lydia Marsh", "US Treasury") in rels
        assert "under secretary" in rel(res, names, "MEMBER_OF", "Lydia Marsh", "US Treasury").properties["role"]


def test_a_foreign_pilot_working_for_a_firm(extractor):
    _, rels, _ = run(extractor, "Phillip Mehrtens, a New Zealand pilot working for Susi Air, was taken hostage.")
    assert ("MEMBER_OF", "Phillip Mehrtens", "Susi Air") in rels


def test_its_spokesman_is_the_previous_sentences_subject(extractor):
    _, rels, _ = run(extractor, "The Kivu Liberation Front said it was holding three men and would free them only "
                                "if Kinshasa agreed to talks. Its spokesman, Jean Mbala, told reporters the men were "
                                "in good health.")
    assert ("MEMBER_OF", "Jean Mbala", "Kivu Liberation Front") in rels


def test_men_whom_it_accused_among_them_a_named_one(extractor):
    _, rels, _ = run(extractor, "The Counter Terrorism Department arrested three men in Quetta whom it accused of "
                                "sheltering the attackers, among them a transporter named as Shahzeb Marri.")
    assert ("ACCUSED", "Counter Terrorism Department", "Shahzeb Marri") in rels


def test_officials_it_accused_among_them_a_described_and_named_one(extractor):
    _, rels, _ = run(extractor, "The Treasury Department sanctioned eight senior security officials it accused of "
                                "overseeing torture after the vote, among them the director of the Ruby Service, "
                                "Gen. Freddy Arcaya.")
    assert {("ACCUSED", "US Treasury", "Freddy Arcaya"), ("SANCTIONED_BY", "Freddy Arcaya", "US Treasury")} <= rels


def test_a_retired_general_among_them(extractor):
    _, rels, _ = run(extractor, "Britain imposed asset freezes and travel bans in 2025 on three former military "
                                "commanders, among them retired General Kamal Jayasekara, over alleged abuses in the last stages of "
                                "the war.")
    assert ("SANCTIONED_BY", "Kamal Jayasekara", "United Kingdom") in rels


def test_listed_in_a_clause_shared_with_a_relative_pronoun(extractor):
    res, rels, _ = run(extractor, "Ankara regards the militia as an offshoot of the Kurdistan Workers' Party (PKK), "
                                  "which has fought an insurgency inside Turkey since 1984 and is listed as a "
                                  "terrorist organisation by Turkey, the United States and the European Union.")
    assert {("SANCTIONED_BY", "Kurdistan Workers' Party", state)
            for state in ("Turkey", "United States", "European Union")} <= rels
    assert not [e for e in res.events if e.type == "sanction"]  # a standing listing, not an act of 1984


def test_a_state_put_back_on_a_list_of_state_sponsors_of_terrorism(extractor):
    _, rels, _ = run(extractor, "In 2021 the incoming US administration put Cuba back on its list of state sponsors "
                                "of terrorism. The council added a Haitian gang leader to its sanctions list.")
    assert ("SANCTIONED_BY", "Cuba", "United States") in rels
    assert not [r for r in rels if r[0] == "SANCTIONED_BY" and r[1] == "Haiti"]


def test_added_to_a_bodys_sanctions_list_in_the_passive(extractor):
    _, rels, _ = run(extractor, "The Sahel Front was formed in 2017, and the group was added the same year to the UN "
                                "Security Council's sanctions list for al-Qaeda and its affiliates.")
    assert ("SANCTIONED_BY", "Sahel Front", "UN Security Council") in rels


def test_a_former_president_among_them_after_measures_the_parser_split(extractor):
    _, rels, _ = run(extractor, "The UN Security Council imposed travel bans and asset freezes on 14 people, among "
                                "them former president François Bozizé, who has been on the list since 2014.")
    assert ("SANCTIONED_BY", "François Bozizé", "UN Security Council") in rels


def test_an_including_list_of_another_clause_is_not_this_sanctions(extractor):
    _, rels, _ = run(extractor, "Britain sanctioned Ali Musa last year, and Washington has imposed separate "
                                "measures on the group's leadership, including its commander Omar Dahir.")
    assert ("SANCTIONED_BY", "Omar Dahir", "United Kingdom") not in rels


def test_hosting_a_minister_for_talks(extractor):
    _, rels, _ = run(extractor, "Kenya's interior minister Joseph Wanyama hosted Somalia's internal security minister, "
                                "Mahad Guled, in Nairobi for two days of talks on a joint plan.")
    assert {("NEGOTIATED_WITH", "Joseph Wanyama", "Mahad Guled"), ("NEGOTIATED_WITH", "Kenya", "Somalia")} <= rels


def test_a_host_of_two_sides_mediates_and_the_sides_negotiate(extractor):
    _, rels, _ = run(extractor, "Tanzanian officials hosted Kenyan and Ugandan delegations in Arusha on Sunday for a "
                                "new round of indirect talks.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels
    assert not [r for r in rels if r[0] == "NEGOTIATED_WITH" and "Tanzania" in r[1:]]


@pytest.mark.parametrize("clause", ["spent more than six hours in talks on Wednesday", "remained in talks until late on Wednesday"])
def test_sides_who_spent_hours_in_talks_negotiated(extractor, clause):
    _, rels, _ = run(extractor, f"Kenyan and Ugandan generals {clause} at the border post of Busia.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels


def test_a_delegation_sat_down_with_envoys(extractor):
    _, rels, _ = run(extractor, "Congo's government resumed talks. The delegation from Kinshasa, headed by Justice "
                                "Minister Albertine Kasongo, sat down with envoys of the Kivu Patriotic Front on Monday.")
    assert ("NEGOTIATED_WITH", "DR Congo", "Kivu Patriotic Front") in rels


def test_officials_named_in_apposition_to_a_plural_met(extractor):
    _, rels, _ = run(extractor, "The home secretaries of the two countries, Gokarna Dawadi for Nepal and Sanjeev "
                                "Raghavan for India, met on Tuesday and Wednesday.")
    assert ("NEGOTIATED_WITH", "Gokarna Dawadi", "Sanjeev Raghavan") in rels


@pytest.mark.parametrize("staff", ["naval officers", "generals", "envoys"])
def test_officers_of_two_states_meeting_for_talks_are_their_states_negotiating(extractor, staff):
    _, rels, _ = run(extractor, f"Kenyan and Ugandan {staff} met in Kisumu on Monday for talks on the border.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels


def test_a_president_the_ner_took_for_a_body_leads_the_state_of_his_clause(extractor):
    res, rels, _ = run(extractor, "Russian instructors, as Moscow long described the contractors, were first "
                                  "deployed to the Central African Republic in 2018 at the invitation of President "
                                  "Faustin-Archange Touadéra.")
    assert next(e for e in res.entities if e.name == "Faustin-Archange Touadéra").type == "Person"
    assert ("LEADS", "Faustin-Archange Touadéra", "Central African Republic") in rels
    assert ("LEADS", "Faustin-Archange Touadéra", "Russia") not in rels


def test_a_president_addressing_officials_in_his_capital(extractor):
    _, rels, _ = run(extractor, "Poland closed the crossing on Monday. President Alexander Lukashenko, addressing "
                                "regional governors in Minsk, was quoted by the state news agency BelTA as saying "
                                "that Poland's leaders were to blame. Belarus has denied the claims.")
    assert ("LEADS", "Alexander Lukashenko", "Belarus") in rels
    assert ("LEADS", "Alexander Lukashenko", "Poland") not in rels


def test_a_gang_belongs_to_an_alliance(extractor):
    _, rels, _ = run(extractor, "The Gran Bwa gang belongs to Viv Ansanm, an alliance of armed groups.")
    assert ("PART_OF", "Gran Bwa", "Viv Ansanm") in rels


def test_a_state_body_named_for_its_state(extractor):
    _, rels, _ = run(extractor, "Iran said on Monday that the Atomic Energy Organization of Iran (AEOI) had "
                                "restarted the site. Colombia blamed the Revolutionary Armed Forces of Colombia.")
    assert ("PART_OF", "Atomic Energy Organization of Iran", "Iran") in rels
    assert not [r for r in rels if r[0] == "PART_OF" and r[2] == "Colombia"]


def test_a_body_a_states_possessive_owns_is_part_of_it(extractor):
    _, rels, _ = run(extractor, "Officers of Italy's Carabinieri arrested two men in Bologna on Friday.")
    assert ("PART_OF", "Carabinieri", "Italy") in rels
    _, rels, _ = run(extractor, "Prosecutors said Kenya's Rift Valley cartel had ordered the killing.")
    assert not [r for r in rels if r[0] == "PART_OF" and r[2] == "Kenya"]


def test_a_body_speaking_from_a_capital_is_that_states(extractor):
    _, rels, _ = run(extractor, "Kenya and Uganda traded accusations on Monday. In Kampala, the Foreign Office said "
                                "the claims were false.")
    assert ("PART_OF", "Foreign Office", "Uganda") in rels
    _, rels, _ = run(extractor, "Kenya and Uganda traded accusations on Monday. The Foreign Office said the claims "
                                "were false.")
    assert not [r for r in rels if r[0] == "PART_OF" and r[1] == "Foreign Office"]  # whose, the story leaves open


def test_both_of_whom_described_as_members(extractor):
    _, rels, _ = run(extractor, "The Treasury sanctioned Walter Campos and José Ruiz, both of whom Treasury "
                                "described as members of the Barrio Azul gang's top leadership.")
    assert {("MEMBER_OF", "Walter Campos", "Barrio Azul"), ("MEMBER_OF", "José Ruiz", "Barrio Azul")} <= rels


def test_who_has_led_a_state_since(extractor):
    _, rels, _ = run(extractor, "Faure Gnassingbé, who has led Togo since 2005, said the attack would be avenged. "
                                "Ali Musa, who led the Beninese side in the talks, said they went well.")
    assert ("LEADS", "Faure Gnassingbé", "Togo") in rels
    assert not [r for r in rels if r[0] == "LEADS" and r[1] == "Ali Musa"]


def test_the_countrys_transitional_president_coordinated_with_another_office(extractor):
    _, rels, _ = run(extractor, "Guinea-Bissau's military rulers said on Monday they had foiled a coup. Gen. Tomás "
                                "Nhaga, the head of the High Military Command and the country's transitional "
                                "president, said the plotters were arrested.")
    assert {("LEADS", "Tomás Nhaga", "High Military Command"), ("LEADS", "Tomás Nhaga", "Guinea-Bissau")} <= rels


def test_ministers_of_several_states_brought_together_for_talks(extractor):
    _, rels, _ = run(extractor, "Tuesday brought the defence ministers of Togo, Benin and Ghana to Lomé for talks "
                                "on border security. The crisis brought hundreds of protesters to Accra for a rally.")
    assert {("NEGOTIATED_WITH", "Benin", "Togo"), ("NEGOTIATED_WITH", "Benin", "Ghana")} <= rels


def test_alleging_a_passive_deed_accuses_its_agent(extractor):
    _, rels, _ = run(extractor, "Prosecutor Amadou Sy went further, alleging that the plot had been bankrolled by "
                                "Fernando Gomes, a businessman.")
    assert ("ACCUSED", "Amadou Sy", "Fernando Gomes") in rels


def test_the_sanctioning_bodys_statement_names_one_of_the_counted_targets(extractor):
    _, rels, _ = run(extractor, "The United States on Wednesday imposed sanctions on three gang leaders and two "
                                "former officials. In a statement, the Treasury Department's Office of Foreign "
                                "Assets Control (OFAC) said that Ernesto Villalta, a former deputy director of the "
                                "prison system, had negotiated benefits for jailed gang leaders. Washington and "
                                "most Western governments say the opposition candidate, Edmundo Ruiz, won the vote.")
    assert ("SANCTIONED_BY", "Ernesto Villalta", "United States") in rels
    assert not [r for r in rels if r[0] == "SANCTIONED_BY" and r[1] == "Edmundo Ruiz"]


def test_the_statement_names_two_targets_each_with_a_relative_clause(extractor):
    _, rels, _ = run(extractor, "Britain added two senior KLF figures and a Nairobi-registered trading company to its "
                                "sanctions list on Monday. The Foreign Office said Peter Kamau, whom it described as "
                                "the group's treasurer, and John Otieno, a financier based in Nakuru, had used Rift "
                                "Valley Trading to buy drones.")
    assert {("SANCTIONED_BY", "Peter Kamau", "United Kingdom"), ("SANCTIONED_BY", "John Otieno", "United Kingdom")} <= rels


def test_both_men_belonged_to_a_gang(extractor):
    res, rels, _ = run(extractor, "Police arrested Bryan Preciado and Jefferson Ortiz on Monday. He said both men "
                                  "belonged to Los Zorros. Detectives were examining whether the drivers belonged to "
                                  "Los Topos. The bank froze assets belonging to Ana Ruiz.")
    assert {("MEMBER_OF", "Bryan Preciado", "Los Zorros"), ("MEMBER_OF", "Jefferson Ortiz", "Los Zorros")} <= rels
    assert not [r for r in rels if r[0] == "MEMBER_OF" and r[2] == "Los Topos"]
    assert next(e for e in res.entities if e.name == "Ana Ruiz").type == "Person"


def test_a_president_whose_state_acts_only_in_a_subordinate_clause(extractor):
    _, rels, _ = run(extractor, "President Barack Obama on Thursday ordered the expulsion of 35 Russian diplomats "
                                "and imposed sanctions on Russia's two leading intelligence services in retaliation "
                                "for what Washington says was a campaign of hacking.", date="2016-12-30")
    assert ("LEADS", "Barack Obama", "United States") in rels


def test_designated_along_with_its_leaders(extractor):
    _, rels, _ = run(extractor, "The State Department designated Jaish al-Qamar, along with two of its commanders, "
                                "Faris Haddad and Omar Saleh, as Specially Designated Global Terrorists.")
    assert {("SANCTIONED_BY", t, "State Department") for t in ("Jaish al-Qamar", "Faris Haddad", "Omar Saleh")} \
        <= rels


def test_an_outlawed_group_and_a_pronoun_after_a_coordinated_designation(extractor):
    _, rels, _ = run(extractor, "The militia Liwa al-Nasr was formed in 2014. Germany outlawed al-Nasr in 2019 and "
                                "Canada listed it as a terrorist entity the following year.")
    assert {("SANCTIONED_BY", "Liwa al-Nasr", "Germany"), ("SANCTIONED_BY", "Liwa al-Nasr", "Canada")} <= rels
    _, rels, _ = run(extractor, "The Interior Ministry outlawed the practice in 2019.")
    assert not any(r[0] == "SANCTIONED_BY" for r in rels)


def test_it_after_a_body_that_says_what_it_did(extractor):
    _, rels, _ = run(extractor, "Japan sent envoys to the region last week. In a statement issued on Friday, Britain's "
                                "Foreign Office said it had designated the Red Dawn Brigade, a militia in Haiti.")
    assert ("SANCTIONED_BY", "Red Dawn Brigade", "Foreign Office") in rels
    assert ("SANCTIONED_BY", "Red Dawn Brigade", "Japan") not in rels


def test_designated_read_as_an_adjective_of_the_first_name(extractor):
    _, rels, _ = run(extractor, "The Treasury's Office of Foreign Assets Control (OFAC) on Thursday designated "
                                "Inspector-General Farai Mutasa, who has run the Lesotho Mounted Police since 2021, "
                                "and Tawanda Gumbo, the head of the National Intelligence Agency.")
    assert {("SANCTIONED_BY", p, "Office of Foreign Assets Control") for p in ("Farai Mutasa", "Tawanda Gumbo")} <= rels


def test_the_same_two_men_and_a_third_name_added_to_its_list(extractor):
    res, rels, names = run(extractor, "The US Treasury on Tuesday designated Kofi Mensah and Ama Boateng. Hours later "
                                      "Britain's Foreign Office announced asset freezes and travel bans against the "
                                      "same two men and added a third name to its list: Colonel Yaw Darko, head of "
                                      "the presidential guard.")
    assert {("SANCTIONED_BY", p, "Foreign Office") for p in ("Kofi Mensah", "Ama Boateng", "Yaw Darko")} <= rels
    assert ("SANCTIONED_BY", "Yaw Darko", "US Treasury") not in rels
    sanctions = [e for e in res.events if e.type == "sanction"]
    assert len(sanctions) == 2 and {e.date for e in sanctions} == {"2025-03-11"}  # two acts, one day


def test_placed_under_sanctions_with_a_list_and_the_three_men(extractor):
    _, rels, _ = run(extractor, "Interior Minister Moussa Ba praised the investigators. Idrissa Fall, a lawyer, "
                                "denied the claims. On Monday the Council of the European Union placed Ousmane "
                                "Diallo, two of his associates and a Dakar fishing company, Baobab Marine SARL, under "
                                "sanctions, freezing any assets they hold in the bloc and barring the three men from "
                                "entering it.")
    assert {("SANCTIONED_BY", t, u) for t in ("Ousmane Diallo", "Baobab Marine SARL")
            for u in ("Council of the European Union", "European Union")} <= rels
    assert not any(r[0] == "SANCTIONED_BY" and r[1] in ("Moussa Ba", "Idrissa Fall") for r in rels)


def test_whom_after_a_long_apposition_is_the_person(extractor):
    _, rels, _ = run(extractor, "Britain added Brigadier General Tino Moyo, commander of the Presidential Guard brigade "
                                "of the Zimbabwe National Army, whom London accused of ordering troops to fire on "
                                "protesters.")
    assert ("ACCUSED", "United Kingdom", "Tino Moyo") in rels
    assert ("ACCUSED", "United Kingdom", "Zimbabwe National Army") not in rels


def test_blamed_by_the_government_on_a_group(extractor):
    _, rels, _ = run(extractor, "Uzbekistan is a republic. Bombings in Tashkent in February 1999 that killed more than "
                                "a dozen people were blamed by the government on the Islamic Movement of Uzbekistan.")
    assert ("ACCUSED", "Uzbekistan", "Islamic Movement of Uzbekistan") in rels


def test_a_state_described_as_the_kingdom(extractor):
    res, rels, _ = run(extractor, "Bahrain recalled its ambassador on Monday. Officials said the kingdom accused Iran "
                                  "of arming the plotters. The row has set the small Gulf kingdom against Iran.")
    assert ("ACCUSED", "Bahrain", "Iran") in rels
    assert not any("kingdom" in e.name for e in res.entities)  # a description, not a place


def test_a_body_named_before_a_persons_title(extractor):
    res, rels, _ = run(extractor, "Canadian Federal Police Deputy Commissioner Karen Blake said officers would stay. "
                                  "Ottawa flew 50 Federal Police officers in on Tuesday.")
    assert ("MEMBER_OF", "Karen Blake", "Canadian Federal Police") in rels
    assert [e.name for e in res.entities if e.type == "Organisation"] == ["Canadian Federal Police"]


def test_police_commissioner_leads_the_one_police_force(extractor):
    _, rels, _ = run(extractor, "The Royal Fiji Police Force made 40 arrests. Police Commissioner Peter Naivalu said "
                                "more would follow.")
    assert ("LEADS", "Peter Naivalu", "Royal Fiji Police Force") in rels


def test_a_ministry_named_for_several_portfolios_is_one_body(extractor):
    res, _, _ = run(extractor, "Talks went ahead on Tuesday at the Ministry of Police, National Security and "
                               "Correctional Services in Honiara.")
    assert "Ministry of Police, National Security and Correctional Services" in {e.name for e in res.entities}


def test_the_group_designated_a_global_terrorist_and_a_state_declaring_a_group_terrorist(extractor):
    _, rels, _ = run(extractor, "Jund al-Sahil first surfaced in 2023 with an ambush near Kufra. The United States "
                                "designated the group a Specially Designated Global Terrorist in 2024.")
    assert ("SANCTIONED_BY", "Jund al-Sahil", "United States") in rels
    _, rels, _ = run(extractor, "Guatemala declared Barrio Sur a terrorist organisation in 2021.")
    assert ("SANCTIONED_BY", "Barrio Sur", "Guatemala") in rels


def test_members_named_after_a_remit_an_embassy_post_or_a_topic(extractor):
    _, rels, _ = run(extractor, "The African Union has sent envoys. Its special envoy for the Horn of Africa, Ibrahim Sow, a "
                                "former Malian foreign minister, arrived in Niamey.")
    assert ("MEMBER_OF", "Ibrahim Sow", "African Union") in rels
    _, rels, _ = run(extractor, "Russia's embassy denied it. The embassy's defence attache, Col. Pavel Orlov, left on "
                                "Friday.")
    assert ("MEMBER_OF", "Pavel Orlov", "Russian embassy") in rels
    _, rels, _ = run(extractor, "It was a warning, said Hannah Brook, a researcher on Gulf security at the Royal United "
                                "Services Institute in London.")
    assert ("MEMBER_OF", "Hannah Brook", "Royal United Services Institute") in rels


def test_state_forces_named_for_their_state_but_not_rebels(extractor):
    res, rels, _ = run(extractor, "The Armed Forces of Côte d'Ivoire (FACI) said calm had returned in Côte d'Ivoire. "
                                  "FACI troops stayed in the barracks.")
    assert ("PART_OF", "Armed Forces of Côte d'Ivoire", "Ivory Coast") in rels
    assert "FACI" not in {e.name for e in res.entities}  # the acronym is the body's, not a place
    _, rels, _ = run(extractor, "The Border Guard Bangladesh (BGB) said two villagers were shot in Bangladesh.")
    assert ("PART_OF", "Border Guard Bangladesh", "Bangladesh") in rels
    _, rels, _ = run(extractor, "The Gaitanist Army of Colombia signed a deal with Colombia.")
    assert not any(r[0] == "PART_OF" for r in rels)


def test_heads_of_two_delegations_negotiated_with_each_other(extractor):
    _, rels, _ = run(extractor, "The Kenyan delegation was led by Lt. Gen. Peter Ouko, who commands the army's 3rd "
                                "Division, while the Somali side was headed by Maj. Gen. Abdi Warsame.")
    assert ("NEGOTIATED_WITH", "Peter Ouko", "Abdi Warsame") in rels or \
        ("NEGOTIATED_WITH", "Abdi Warsame", "Peter Ouko") in rels


def test_whose_secretary_general_leads_the_body(extractor):
    _, rels, _ = run(extractor, "Hezbollah, whose secretary-general Ibrahim Amin spoke on Sunday, denied it.")
    assert ("LEADS", "Ibrahim Amin", "Hezbollah") in rels


def test_accusations_beside_a_denial_a_statement_and_a_hyphenated_surname(extractor):
    _, rels, _ = run(extractor, "Moldova accused Russian military intelligence of being behind a failed coup attempt "
                                "in Chisinau in 2023; Moscow denied involvement.")
    assert ("ACCUSED", "Moldova", "GRU") in rels
    _, rels, _ = run(extractor, "A separate statement from Silver Reed Holdings accused Washington of weaponising "
                                "sanctions.")
    assert ("ACCUSED", "Silver Reed Holdings", "United States") in rels
    _, rels, _ = run(extractor, "Interior Minister Seydou Koné-Bamba said the plot was foiled. Koné-Bamba also "
                                "pointed abroad, accusing \"authorities in Ouagadougou\" of financing the network.")
    assert ("ACCUSED", "Seydou Koné-Bamba", "Burkina Faso") in rels


def test_suspects_trained_at_camps_run_by_a_force(extractor):
    _, rels, _ = run(extractor, "Bahrain's Interior Ministry said the plot was foiled. The ministry said several of the "
                                "suspects had been trained at camps run by the IRGC inside Iran.")
    assert ("ACCUSED", "Interior Ministry", "Islamic Revolutionary Guard Corps") in rels


def test_police_said_is_no_sanctioning_body_speaking(extractor):
    _, rels, _ = run(extractor, "The Federal Police raided homes in the border city on Monday. The United States "
                                "imposed sanctions on a former senator on Tuesday. Jorge Ruiz, a presenter at the local "
                                "station Radio Sol, was shot at least eight times by two men on a motorcycle as he "
                                "parked outside his home late on Saturday, police said.")
    assert not any(r[0] == "SANCTIONED_BY" and r[1] == "Jorge Ruiz" for r in rels)


def test_added_to_a_sanctions_list_hung_deep_inside_the_names(extractor):
    _, rels, _ = run(extractor, "On Tuesday the Office of Foreign Assets Control, the arm of the Treasury that "
                                "enforces United States sanctions, added Ouro Fino DTVM, a gold buyer based in "
                                "Altamira, its owner, Carlos Prado Lins, and Desert Star Refining, a refinery "
                                "registered in Dubai, to its sanctions list.")
    assert {("SANCTIONED_BY", t, "Office of Foreign Assets Control")
            for t in ("Ouro Fino DTVM", "Carlos Prado Lins", "Desert Star Refining")} <= rels


def test_attackers_said_to_belong_to_a_group_accuse_it_of_the_attack(extractor):
    _, rels, _ = run(extractor, "Gunmen killed six soldiers at a checkpoint near Garissa on Monday. Interior "
                                "Minister Jane Mwangi said the attackers belonged to the Kenya Liberation Front.")
    assert ("ACCUSED", "Jane Mwangi", "Kenya Liberation Front") in rels
    assert ("ACCUSED_OF", "Kenya Liberation Front", "shooting:2025-03-10") in rels
    _, rels, _ = run(extractor, "Interior Minister Jane Mwangi said the attackers were fighters of the Kenya "
                                "Liberation Front.")
    assert ("ACCUSED", "Jane Mwangi", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Jane Mwangi said the attackers were not members of the Kenya Liberation Front.")
    assert not any(t == "ACCUSED" for t, _a, _b in rels)


def test_a_patrol_or_faction_of_a_body_acts_for_it(extractor):
    _, rels, _ = run(extractor, "Kenya's interior ministry said the shots had been fired by a patrol of the "
                                "Uganda People's Defence Force.")
    assert ("ACCUSED", "Kenyan interior ministry", "Uganda People's Defence Force") in rels
    _, rels, _ = run(extractor, "Officials in Nairobi laid the blame on a splinter faction of the Kenya "
                                "Liberation Front.")
    assert ("ACCUSED", "Kenya", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "The United States designated the group and its armed wing, the Garissa Brigade, "
                                "as a terrorist organisation in May.")
    assert ("SANCTIONED_BY", "Garissa Brigade", "United States") in rels


def test_the_leader_of_a_gang_named_after_a_comma_is_a_person_who_leads_it(extractor):
    _, rels, names = run(extractor, "Police raided the hideout of the Baz Kraze gang on Monday. Officers arrested "
                                    "the leader of the Baz Kraze gang, Wilner Pierre, in the raid.")
    assert ("LEADS", "Wilner Pierre", "Baz Kraze") in rels
    _, rels, _ = run(extractor, "The Treasury sanctioned Baraka Forex, a Nairobi exchange house, and its owner, "
                                "Peter Kamau.")
    assert ("LEADS", "Peter Kamau", "Baraka Forex") in rels


def test_roles_of_listed_and_described_people(extractor):
    _, rels, _ = run(extractor, "Britain sanctioned Col. Peter Kamau, Maj. John Otieno and Capt. Mary Wanjiru, all "
                                "of them officers of the National Intelligence Service.")
    assert {("MEMBER_OF", n, "National Intelligence Service") for n in ("Peter Kamau", "John Otieno",
                                                                        "Mary Wanjiru")} <= rels
    _, rels, _ = run(extractor, "The Treasury described Peter Kamau as a senior financial official of the Kenya "
                                "Liberation Front.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Peter Kamau, the head of the Kenya Liberation Front's explosives network, was "
                                "killed.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Liberation Front") in rels
    assert ("LEADS", "Peter Kamau", "Kenya Liberation Front") not in rels


def test_a_sanction_target_described_as_accused_is_accused_by_the_sanctioning_state(extractor):
    _, rels, _ = run(extractor, "The United States and Japan imposed sanctions on Wednesday on two Kenyan operatives "
                                "and a Mombasa trading company, Baraka Forex, accused of laundering money for the "
                                "group.")
    assert {("ACCUSED", "United States", "Baraka Forex"), ("ACCUSED", "Japan", "Baraka Forex")} <= rels
    _, rels, _ = run(extractor, "Baraka Forex, a Mombasa trading company accused of laundering money, opened a new "
                                "branch on Wednesday.")
    assert not any(t == "ACCUSED" for t, _a, _b in rels)


def test_a_standing_ceasefire_or_rapprochement_between_two_states(extractor):
    _, rels, _ = run(extractor, "The meeting was called weeks earlier to review a ceasefire between Kenya and "
                                "Uganda.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Kenya", "Uganda"} for t, a, b in rels)
    _, rels, _ = run(extractor, "Norway helped broker the 2014 rapprochement between Nairobi and Kampala.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Kenya", "Uganda"} for t, a, b in rels)
    _, rels, _ = run(extractor, "The envoy called for a ceasefire between Kenya and Uganda.")
    assert not any(t == "NEGOTIATED_WITH" for t, _a, _b in rels)


def test_a_states_unnamed_official_at_the_table_stands_for_the_state(extractor):
    _, rels, _ = run(extractor, "Kenya's foreign minister met his Ugandan counterpart in Nairobi on Monday.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Kenya", "Uganda"} for t, a, b in rels)
    _, rels, _ = run(extractor, "Kenya's spy chief sat down with commanders of the Kenya Liberation Front in "
                                "Nairobi on Monday.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Kenya", "Kenya Liberation Front"} for t, a, b in rels)
    _, rels, _ = run(extractor, "The United States imposed sanctions on Kenya's police chief on Monday.")
    assert ("SANCTIONED_BY", "Kenya", "United States") not in rels


def test_the_country_right_after_a_capital_is_that_capitals_state(extractor):
    _, rels, _ = run(extractor, "Kenyan troops crossed into Uganda on Thursday. In Nairobi, the country's "
                                "president, Peter Kamau, said the operation would last a week.")
    assert ("LEADS", "Peter Kamau", "Kenya") in rels and ("LEADS", "Peter Kamau", "Uganda") not in rels
    _, rels, _ = run(extractor, "Kenyan jets struck rebel camps in eastern Uganda on Thursday, while in Nairobi the "
                                "country's spy chief sat down with commanders of the Kenya Liberation Front.")
    assert any(t == "NEGOTIATED_WITH" and {a, b} == {"Kenya", "Kenya Liberation Front"} for t, a, b in rels)
    assert not any(t == "NEGOTIATED_WITH" and "Uganda" in (a, b) for t, a, b in rels)


def test_an_agent_hung_on_the_programme_and_a_which_clause_hung_on_it_too(extractor):
    # the parser hangs "by the ..." and ", which ..." on "programme": both still tell the Office's acts
    _, rels, _ = run(extractor, "Peter Kamau, a former lawmaker who owns the trader Baraka Forex, was designated "
                                "under the Global Magnitsky sanctions programme by the Treasury's Office of Foreign "
                                "Assets Control (OFAC), which also froze any U.S. assets of Baraka Forex and of "
                                "Kilima Logistics, a company registered in Mombasa.")
    assert ("SANCTIONED_BY", "Peter Kamau", "Office of Foreign Assets Control") in rels
    assert ("SANCTIONED_BY", "Baraka Forex", "Office of Foreign Assets Control") in rels
    assert ("SANCTIONED_BY", "Kilima Logistics", "Office of Foreign Assets Control") in rels


def test_a_name_the_parser_made_a_second_object_is_the_role_nouns_apposition(extractor):
    # the parser hangs the name on "reported" as an adverbial noun, away from "spokesman"
    _, rels, _ = run(extractor, "Drones hit a depot, the Nation reported, citing a spokesman for the Ugandan-led "
                                "coalition, Colonel Peter Kamau.")
    assert ("MEMBER_OF", "Peter Kamau", "Ugandan-led coalition") in rels


def test_nationals_whom_prosecutors_describe_as_officers(extractor):
    _, rels, _ = run(extractor, "The judge sought red notices for Peter Kamau and John Otieno, two Kenyan nationals "
                                "whom prosecutors describe in court papers seen by Reuters as officers of the Kenya "
                                "Liberation Front.")
    assert {("MEMBER_OF", "Peter Kamau", "Kenya Liberation Front"),
            ("MEMBER_OF", "John Otieno", "Kenya Liberation Front")} <= rels


def test_its_leader_along_with_a_body_named_in_apposition(extractor):
    _, rels, _ = run(extractor, "On Monday the Treasury designated the gang, Kilima Boys, along with its alleged "
                                "leader, Peter Kamau, and four of his lieutenants.")
    assert ("LEADS", "Peter Kamau", "Kilima Boys") in rels
    assert not any(r[0] == "LEADS" and r[2] != "Kilima Boys" for r in rels)


def test_a_trade_unions_secretary_general_leads_it_a_partys_does_not(extractor):
    _, rels, _ = run(extractor, "Peter Kamau, the secretary-general of the National Union of Dock Workers, was "
                                "shot on Monday.")
    assert ("LEADS", "Peter Kamau", "National Union of Dock Workers") in rels


def test_a_participle_hung_on_the_last_noun_is_the_main_subjects_accusation(extractor):
    _, rels, _ = run(extractor, "Foreign Minister Mary Wanjiru dismissed Monday's sanctions as \"illegal coercive "
                                "measures\" and \"economic terrorism\", accusing Washington of trying to \"resurrect "
                                "the failed script of 2019\".")
    assert ("ACCUSED", "Mary Wanjiru", "United States") in rels


def test_accused_both_men_and_a_body_with_the_charge_hung_on_it(extractor):
    _, rels, _ = run(extractor, "Peter Kamau and John Otieno lead rival gangs in Mombasa. The United Nations "
                                "accused both men of organising and financing attacks on civilians.")
    assert {("ACCUSED", "United Nations", "Peter Kamau"), ("ACCUSED", "United Nations", "John Otieno")} <= rels
    _, rels, _ = run(extractor, "The Kenya Defence Forces shelled the town on Monday. The United Nations accused "
                                "the army of attacks on schools and markets.")
    assert ("ACCUSED", "United Nations", "Kenya Defence Forces") in rels


def test_a_country_specialist_at_an_institute_belongs_to_the_institute(extractor):
    _, rels, _ = run(extractor, "\"This is a warning,\" said Mary Wanjiru, a Somalia researcher at the "
                                "Nairobi-based Horn Policy Centre.")
    assert ("MEMBER_OF", "Mary Wanjiru", "Horn Policy Centre") in rels
    assert not any(r[0] in ("MEMBER_OF", "LEADS") and r[2] in ("Somalia", "Kenya") for r in rels)


def test_who_commands_a_bodys_operations_belongs_to_it(extractor):
    _, rels, _ = run(extractor, "Maj. Gen. Peter Kamau, who commands Kenya Liberation Front operations in Garissa, "
                                "was sanctioned.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Liberation Front") in rels


def test_the_government_that_accuses_the_state_named_first_is_the_storys_other_state(extractor):
    _, rels, _ = run(extractor, "The United States imposed sanctions on three Kenyan judges on Monday. Kenya's "
                                "courts have jailed dozens of activists. Kenya held elections in 2022, and Kenya's "
                                "opposition says they were rigged. The government, in a communiqué, accused "
                                "Washington of financing coup plotters.")
    assert ("ACCUSED", "Kenya", "United States") in rels


def test_a_secretary_heads_the_department_and_a_minister_his_ministry(extractor):
    _, rels, _ = run(extractor, "The Department of Foreign Affairs summoned the envoy. Foreign Secretary Peter "
                                "Kamau said the department had acted.")
    assert ("LEADS", "Peter Kamau", "Department of Foreign Affairs") in rels
    _, rels, _ = run(extractor, "The Ministry of Foreign Affairs summoned the envoy. Foreign Secretary Peter "
                                "Kamau said the ministry had acted.")
    assert ("LEADS", "Peter Kamau", "Ministry of Foreign Affairs") not in rels  # its top civil servant
    _, rels, _ = run(extractor, "The sanctions target the Ministry of Interior and its minister, John Otieno.")
    assert ("LEADS", "John Otieno", "Ministry of Interior") in rels


def test_measures_imposed_in_the_passive_extend_the_sanction_told_before(extractor):
    _, rels, _ = run(extractor, "The European Union on Thursday imposed sanctions on nine Kenyan officials. Travel "
                                "bans were also imposed on the head of the prisons service, John Otieno.")
    assert ("SANCTIONED_BY", "John Otieno", "European Union") in rels


def test_a_national_university_is_no_part_of_the_state(extractor):
    _, rels, _ = run(extractor, "Mary Wanjiru, a lecturer at the National University of Kenya, said the vote in "
                                "Kenya was fair.")
    assert ("MEMBER_OF", "Mary Wanjiru", "National University of Kenya") in rels
    assert not any(r[0] == "PART_OF" and r[1] == "National University of Kenya" for r in rels)


def test_the_federal_government_is_the_storys_state(extractor):
    _, rels, _ = run(extractor, "Kenya's army clashed with militias in the north. The fighting ended with a peace "
                                "deal between the federal government and the Kenya Liberation Front signed in "
                                "Arusha in November 2022.")
    assert ("NEGOTIATED_WITH", "Kenya", "Kenya Liberation Front") in rels or (
        "NEGOTIATED_WITH", "Kenya Liberation Front", "Kenya") in rels


def test_described_targets_added_to_a_list_are_named_by_the_sanctioners_statement(extractor):
    _, rels, _ = run(extractor, "Britain, for its part, added two senior rebel figures and a Nairobi-registered "
                                "logistics company to its sanctions list on Monday. The Foreign Office said Peter Kamau, whom "
                                "it described as the rebels' treasurer, and John Otieno, a financier based in "
                                "Garissa, had used the firm to buy drones.")
    assert ("SANCTIONED_BY", "Peter Kamau", "United Kingdom") in rels


def test_according_to_a_state_committee_the_bombing_was_ordered_by_x(extractor):
    res, rels, names = run(extractor, "A car bomb killed the judge on Monday. According to the State Committee for "
                                      "National Security, the bombing was ordered by Peter Kamau, a businessman.")
    assert ("ACCUSED", "State Committee for National Security", "Peter Kamau") in rels
    assert next(e for e in res.entities if e.name == "State Committee for National Security").type == "Organisation"


def test_added_to_a_list_with_the_second_name_hung_on_the_verb_and_one_along_with(extractor):
    _, rels, _ = run(extractor, "The UN Security Council's Kenya sanctions committee added Peter Kamau, described in "
                                "the listing as the head of the rebels' drone programme, and John Otieno, a coastal "
                                "forces commander, to its list of individuals subject to a travel ban, along with "
                                "the Mombasa-based Baraka Marine Services.")
    sanctioned = {r[1] for r in rels if r[0] == "SANCTIONED_BY"}
    assert {"Peter Kamau", "John Otieno", "Baraka Marine Services"} <= sanctioned


def test_placed_on_a_bodys_sanctions_list_named_as_a_modifier(extractor):
    _, rels, _ = run(extractor, "Peter Kamau, who was placed on a U.S. Treasury sanctions list in 2022, denied the "
                                "charges.")
    assert ("SANCTIONED_BY", "Peter Kamau", "US Treasury") in rels
    _, rels, _ = run(extractor, "John Otieno, who was added to the UN Security Council's Kenya sanctions list in "
                                "2025, denied the charges.")
    assert not any(r[0] == "SANCTIONED_BY" and r[2] == "Kenya" for r in rels)


def test_the_bloc_is_the_union_not_a_ministry_named_closer(extractor):
    _, rels, _ = run(extractor, "The sanctions, approved by EU foreign ministers in Brussels on Thursday, freeze the "
                                "assets of nine Kenyans. Canada imposed identical measures hours later, Global Affairs "
                                "Canada said in a statement. Col. Peter Kamau, the head of a prison near Nakuru, was "
                                "also sanctioned; the bloc accused him of keeping inmates in solitary confinement.")
    assert ("ACCUSED", "European Union", "Peter Kamau") in rels
    assert ("ACCUSED", "Global Affairs Canada", "Peter Kamau") not in rels


def test_the_three_accused_are_those_arrested_not_the_official_who_told(extractor):
    _, rels, _ = run(extractor, "Police detained Peter Kamau at his home on Wednesday, while businessmen John Otieno "
                                "and Mary Wanjiru were picked up in separate raids, police chief Daniel Mwangi told "
                                "reporters. Prosecutors at the Department of Justice accused the three of passing "
                                "data on ship movements to a foreign agent.")
    assert {("ACCUSED", "Department of Justice", p) for p in ("Peter Kamau", "John Otieno", "Mary Wanjiru")} <= rels
    assert ("ACCUSED", "Department of Justice", "Daniel Mwangi") not in rels


def test_the_measures_target_names_the_sanctioned(extractor):
    _, rels, _ = run(extractor, "The European Union and Britain on Monday froze the assets of a Mombasa shipping "
                                "magnate and a cluster of companies.\n\nThe measures, announced in coordinated "
                                "statements in Brussels and London, target Peter Kamau, a 61-year-old businessman "
                                "whose family has run freight firms out of Mombasa since the 1980s, along with two of "
                                "his associates and five companies, among them Baraka Meridian Holdings and Kestrel "
                                "Freight Services.")
    assert {("SANCTIONED_BY", t, s) for t in ("Peter Kamau", "Baraka Meridian Holdings", "Kestrel Freight Services")
            for s in ("European Union", "United Kingdom")} <= rels


def test_sanctions_on_people_described_then_named(extractor):
    _, rels, _ = run(extractor, "On Tuesday the US Treasury's Office of Foreign Assets Control imposed sanctions "
                                "on Otieno, on two people it described as the gang's financiers, "
                                "Peter Kamau, who owns a car dealership in Mombasa, and Mary Wanjiru, a haulage "
                                "contractor.")
    assert {("SANCTIONED_BY", p, "Office of Foreign Assets Control")
            for p in ("Otieno", "Peter Kamau", "Mary Wanjiru")} <= rels


def test_the_senator_is_the_senator_named_before(extractor):
    _, rels, _ = run(extractor, "The Treasury sanctioned Senator Peter Kamau on Tuesday. Kamau went further. In a "
                                "radio interview quoted by the Daily Nation, the senator accused Washington of acting "
                                "on poisoned information supplied by his opponents.")
    assert ("ACCUSED", "Peter Kamau", "United States") in rels


def test_the_government_is_the_state_where_the_lede_police_act(extractor):
    _, rels, _ = run(extractor, "Police in Kenya have arrested four men over the stabbing of opposition leader Peter "
                                "Kamau, an attack that has drawn Uganda and Tanzania into a bitter exchange.\n\n"
                                "The Kenya Unity Party, however, accused the government of ignoring repeated warnings "
                                "about threats against its leader.")
    assert ("ACCUSED", "Kenya Unity Party", "Kenya") in rels


def test_more_role_words_chief_whip_chairperson_commissioner_of_police(extractor):
    _, rels, _ = run(extractor, "The Kenya Unity Party (KUP) said on Monday that Mary Wanjiru, the KUP's chief whip, "
                                "collapsed at a party meeting. The Kenya Electoral Commission said the fire destroyed "
                                "ballots. The commission's chairperson, Justice Ann Njeri, said voting would go ahead. "
                                "The Kenya Police Service said four men were held. Commissioner of Police John Otieno "
                                "told a news conference on Sunday that the gang was known.")
    assert {("MEMBER_OF", "Mary Wanjiru", "Kenya Unity Party"), ("LEADS", "Ann Njeri", "Kenya Electoral Commission"),
            ("LEADS", "John Otieno", "Kenya Police Service")} <= rels


def test_talks_opened_with_between_hung_on_the_verb(extractor):
    _, rels, _ = run(extractor, "An African Union envoy opened talks in Nairobi on Monday between the government of "
                                "Kenya and the Kenya Unity Party.")
    assert ("NEGOTIATED_WITH", "Kenya", "Kenya Unity Party") in rels


def test_talks_with_a_states_titled_official_in_apposition(extractor):
    _, rels, _ = run(extractor, "Kenya's army chief, Gen. Peter Kamau, travelled to Kampala on Tuesday for talks "
                                "with Uganda's Security Minister, John Otieno, about the border.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels or ("NEGOTIATED_WITH", "Uganda", "Kenya") in rels
    assert any(t == "PARTICIPATED_IN" and s == "Uganda" for t, s, _ in rels)


def test_a_forces_name_that_opens_with_the_republic_is_that_states(extractor):
    _, rels, _ = run(extractor, "The Republic of Kenya Military Forces said on Monday that troops had retaken the "
                                "camp in Kenya.")
    assert ("PART_OF", "Republic of Kenya Military Forces", "Kenya") in rels


def test_officers_of_a_body_accused_stand_for_it_but_sanctioned_officers_do_not(extractor):
    _, rels, _ = run(extractor, "Kenya has accused GRU officers of carrying out the 2014 explosions at an ammunition "
                                "depot. The United States on Wednesday imposed sanctions on two senior Kenya Air Force "
                                "officers.")
    assert ("ACCUSED", "Kenya", "GRU") in rels
    assert not any(t == "SANCTIONED_BY" and s == "Kenya Air Force" for t, s, _ in rels)


def test_accusing_it_after_a_designation_is_the_designated_body(extractor):
    _, rels, _ = run(extractor, "The United States designated the Kenya Liberation Front a terrorist organisation in "
                                "February, accusing it of trafficking people, drugs and weapons across the region.")
    assert ("ACCUSED", "United States", "Kenya Liberation Front") in rels


def test_a_sanctions_body_naming_people_lists_them_but_a_state_naming_an_envoy_does_not(extractor):
    _, rels, _ = run(extractor, "The US Treasury named three Kenyan nationals, Peter Kamau, John Otieno and Mary "
                                "Wanjiru, on Tuesday. Kenya named Ann Njeri as its new ambassador.")
    assert {("SANCTIONED_BY", p, "US Treasury") for p in ("Peter Kamau", "John Otieno", "Mary Wanjiru")} <= rels
    assert not any(t == "SANCTIONED_BY" and s == "Ann Njeri" for t, s, _ in rels)


def test_placed_under_sanctions_by_a_state(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front was placed under sanctions by the United States in 2015 "
                                "in response to a hacking attack.")
    assert ("SANCTIONED_BY", "Kenya Liberation Front", "United States") in rels


def test_known_as_and_led_by(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front, formally known as the Movement for Justice and led by "
                                "Peter Kamau, said it would fight on.")
    assert ("LEADS", "Peter Kamau", "Kenya Liberation Front") in rels


def test_a_states_intelligence_service_is_the_one_the_article_names(extractor):
    _, rels, _ = run(extractor, "Serbia's Security Information Agency (BIA) denied it. The government in Pristina has "
                                "accused Serbia's intelligence service of recruiting and paying the cell.")
    assert ("ACCUSED", "Kosovo", "Security Information Agency") in rels
    assert ("ACCUSED", "Serbia", "Security Information Agency") not in rels


def test_names_listed_under_a_plural_role_noun(extractor):
    _, rels, _ = run(extractor, "The United States sanctioned three IRGC officers, including Col. Ali Rostami, on "
                                "Monday. Kenya arrested four Kenya Liberation Front commanders, among them Peter Kamau "
                                "and John Otieno.")
    assert ("MEMBER_OF", "Ali Rostami", "Islamic Revolutionary Guard Corps") in rels
    assert {("MEMBER_OF", p, "Kenya Liberation Front") for p in ("Peter Kamau", "John Otieno")} <= rels
    assert not any(t == "LEADS" and o == "Kenya Liberation Front" for t, _, o in rels)


def test_described_targets_named_later_by_apposition_or_title(extractor):
    _, rels, _ = run(extractor, "The United States has imposed sanctions on a Kenyan deputy mines minister, a senator "
                                "from the northern county of Marsabit and a logging company said to be under his "
                                "control. According to the Treasury, Peter Kamau, deputy minister for operations at "
                                "the Ministry of Mines, \"abused his office\", with money moved through Baraka Timber "
                                "Inc., a Mombasa-registered company the department described as controlled by "
                                "Senator John Otieno.")
    assert {("SANCTIONED_BY", t, "United States") for t in ("Peter Kamau", "John Otieno", "Baraka Timber Inc")} <= rels


def test_a_name_the_ner_missed_sworn_in_as_prime_minister(extractor):
    _, rels, _ = run(extractor, "Iliesa Drauna was sworn in as Kenya's prime minister on Thursday, two days after his "
                                "predecessor lost a confidence vote.")
    assert ("LEADS", "Iliesa Drauna", "Kenya") in rels


def test_who_leads_the_opposition_party_with_opposition_parsed_as_the_object(extractor):
    _, rels, _ = run(extractor, "Police alleged that the plot had been financed from abroad by Peter Kamau, an exiled "
                                "former mines minister who leads the opposition Rally for Kenyan Renewal and has lived "
                                "in Paris since 2022.")
    assert ("LEADS", "Peter Kamau", "Rally for Kenyan Renewal") in rels


def test_a_hyphenated_name_the_ner_missed_accuses(extractor):
    _, rels, _ = run(extractor, "Mutua Kilonzo-Musyoka, the ranking member of parliament's security committee for "
                                "the opposition Kenya Liberation Front, accused Kampala of having lost control of "
                                "its border.")
    assert ("ACCUSED", "Mutua Kilonzo-Musyoka", "Uganda") in rels
    assert ("MEMBER_OF", "Mutua Kilonzo-Musyoka", "Kenya Liberation Front") in rels


def test_the_foreign_ministry_is_not_the_police_named_before(extractor):
    _, rels, _ = run(extractor, "The Kenya Police Service arrested two men on Monday. In a statement, the foreign "
                                "ministry accused the Uganda People's Defence Force of running the operation.")
    assert not any(r[0] == "ACCUSED" and r[1] == "Kenya Police Service" for r in rels)


def test_a_deed_ordered_by_someone_told_in_a_parenthetical_speech_verb(extractor):
    res, rels, names = run(extractor, "Security Minister Peter Kamau spoke to reporters. The attack, he told "
                                      "parliament on Monday, had been ordered by John Otieno.")
    assert ("ACCUSED", "Peter Kamau", "John Otieno") in rels
    assert ("ACCUSED_OF", "John Otieno", "attack:None") in rels


def test_the_sanctioner_does_not_sanction_itself_through_a_description(extractor):
    _, rels, _ = run(extractor, "The Kenya Intelligence Service was accused of abductions. In March last year the US "
                                "Treasury sanctioned the agency and several senior officials.")
    assert ("SANCTIONED_BY", "Kenya Intelligence Service", "US Treasury") in rels
    assert not any(r[0] == "SANCTIONED_BY" and r[1] == "US Treasury" for r in rels)


def test_a_body_neither_accuses_nor_is_sanctioned_by_its_own_state(extractor):
    """Whatever a rule read (a description resolved to the wrong actor), the builder refuses the edge."""
    from newsgraph.loaders.builder import ArticleBuilder

    text = "Kenya's Interior Ministry said on Monday that Kenya had been accused."
    doc = extractor.nlp(text)
    b = ArticleBuilder(Article(text=text, published="2025-03-14"), doc)
    b.add_entity("organisation:interior-ministry", "Organisation", "Interior Ministry")
    b.add_entity("country:kenya", "Country", "Kenya")
    ev = b.evidence(doc[0], "rule:test", 0.5)
    assert b.add_relation("PART_OF", "organisation:interior-ministry", "country:kenya", ev) is not None
    assert b.add_relation("ACCUSED", "organisation:interior-ministry", "country:kenya", ev) is None
    assert b.add_relation("SANCTIONED_BY", "organisation:interior-ministry", "country:kenya", ev) is None
    assert b.add_relation("ACCUSED", "country:kenya", "organisation:interior-ministry", ev) is not None


def test_a_foreign_ministry_spokesman_in_a_capital_speaks_for_that_state(extractor):
    _, rels, _ = run(extractor, "Uganda's foreign ministry said on Monday it had summoned Kenya's envoy. In Nairobi, "
                                "foreign ministry spokesman Peter Kamau accused Uganda of sheltering the rebels.")
    assert ("ACCUSED", "Peter Kamau", "Uganda") in rels
    assert ("MEMBER_OF", "Peter Kamau", "Ugandan foreign ministry") not in rels


def test_the_foreign_ministry_spokesman_is_not_of_the_interior_ministry(extractor):
    _, rels, _ = run(extractor, "Kenya's Interior Ministry said two men had been arrested. In Kampala, foreign "
                                "ministry spokesman John Otieno said the arrests were a worn-out scenario.")
    assert ("MEMBER_OF", "John Otieno", "Interior Ministry") not in rels


def test_the_object_of_prompted_is_who_accuses(extractor):
    _, rels, _ = run(extractor, "The shooting prompted Tanzania to accuse Malawi of using excessive force near "
                                "the border.")
    assert ("ACCUSED", "Tanzania", "Malawi") in rels
    _, rels, _ = run(extractor, "The opposition urged Washington to go further by targeting Lake Star Mining, "
                                "the state company that funds the army.")
    assert not any(t == "SANCTIONED_BY" for t, _, _ in rels)  # a request, not a sanction


def test_a_capital_with_a_relative_clause_that_accuses_is_its_state(extractor):
    _, rels, _ = run(extractor, "The arrest drew angry protests from Lusaka, which accused Harare of staging a "
                                "kidnapping.")
    assert ("ACCUSED", "Zambia", "Zimbabwe") in rels


def test_a_states_ruling_movement_government_is_the_movement_and_the_state(extractor):
    _, rels, _ = run(extractor, "Interior Minister Peter Kamau accused Somalia's al-Shabaab government of giving "
                                "the rebels safe havens.")
    assert ("ACCUSED", "Peter Kamau", "al-Shabaab") in rels


def test_accused_it_of_is_the_body_named_before(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front kidnapped two engineers in March. Uganda accuses it "
                                "of financing terrorism, a charge it rejects.")
    assert ("ACCUSED", "Uganda", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "The United States designated the Coast Liberation Army a terrorist organisation "
                                "in 2024, accusing it of smuggling people and weapons.")
    assert ("ACCUSED", "United States", "Coast Liberation Army") in rels
    assert ("ACCUSED", "United States", "United States") not in rels


def test_its_neighbour_is_the_other_state(extractor):
    _, rels, _ = run(extractor, "Uganda and Kenya clashed again on Monday, with Kenya accusing its neighbour of "
                                "harbouring rebel fighters.")
    assert ("ACCUSED", "Kenya", "Uganda") in rels


def test_its_director_after_a_sanctioned_company_is_the_companys(extractor):
    _, rels, _ = run(extractor, "The Treasury sanctioned Lake Star Mining, and its director, Peter Kamau, on Monday.")
    assert ("LEADS", "Peter Kamau", "Lake Star Mining") in rels
    assert not any(t == "LEADS" and s == "Peter Kamau" and o != "Lake Star Mining" for t, s, o in rels)


def test_the_coast_guards_commander_leads_the_named_coast_guard(extractor):
    _, rels, _ = run(extractor, "The Kenya Coast Guard said its boat was rammed. The coast guard's commander, "
                                "Colonel Peter Kamau, was removed from his post.")
    assert ("LEADS", "Peter Kamau", "Kenya Coast Guard") in rels


def test_a_soldier_of_a_force_named_after_his_age_and_an_undersecretary_belong(extractor):
    _, rels, _ = run(extractor, "Corporal Peter Kamau, 27, of the Kenya Defence Forces (KDF), was killed on Sunday.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Defence Forces") in rels
    _, rels, _ = run(extractor, "John Otieno, an undersecretary at the Kenyan Ministry of Foreign Affairs, led the "
                                "delegation.")
    assert any(t == "MEMBER_OF" and s == "John Otieno" for t, s, _ in rels)


@pytest.mark.parametrize("text, target, authority", [
    ("The Coast Liberation Army was designated a terrorist organisation by Washington in 2015.",
     "Coast Liberation Army", "United States"),
    ("Washington had already redesignated the Coast Liberation Army as a Foreign Terrorist Organization in March.",
     "Coast Liberation Army", "United States"),
    ("Britain's Foreign Office went further on Monday, freezing any UK assets held by Peter Kamau.",
     "Peter Kamau", "Foreign Office"),
    ("The Kenya Liberation Front is an armed group based in Garissa that the US Treasury sanctioned in 2024.",
     "Kenya Liberation Front", "US Treasury"),
])
def test_more_sanction_forms(extractor, text, target, authority):
    _, rels, _ = run(extractor, text)
    assert ("SANCTIONED_BY", target, authority) in rels


def test_saying_a_group_was_behind_an_attack_accuses_it(extractor):
    _, rels, _ = run(extractor, "Uganda said the Kenya Liberation Front was behind the attack.")
    assert ("ACCUSED", "Uganda", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Uganda said the Kenya Liberation Front may have been behind the attack.")
    assert ("ACCUSED", "Uganda", "Kenya Liberation Front") not in rels  # hedged: a suspicion


def test_its_agents_in_a_participle_are_the_expelled_bodys(extractor):
    _, rels, _ = run(extractor, "In 2010 Mwangi expelled the Drug Enforcement Administration from Kenya, accusing "
                                "its agents of conspiring against his government.")
    assert ("ACCUSED", "Mwangi", "Drug Enforcement Administration") in rels
    assert ("ACCUSED", "Mwangi", "Kenya") not in rels


def test_director_general_and_police_ranks_before_a_name(extractor):
    _, rels, _ = run(extractor, "Kenya Coast Guard Service Director-General Peter Kamau told reporters on Monday that "
                                "the ship had been seized.")
    assert ("LEADS", "Peter Kamau", "Kenya Coast Guard Service") in rels
    _, rels, _ = run(extractor, "National Police Service spokesman Senior Superintendent John Otieno said two men "
                                "had been detained.")
    assert ("MEMBER_OF", "John Otieno", "National Police Service") in rels


def test_army_spokesman_opening_a_sentence_is_of_the_named_army(extractor):
    res, rels, _ = run(extractor, "The Kenya Defence Forces said the border was calm. Army spokesman Colonel Peter "
                                  "Kamau said the troops fired in self-defence.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Defence Forces") in rels
    assert not any(e.name == "Army" for e in res.entities)


def test_the_commander_of_a_states_force_set_off_by_commas_leads_it(extractor):
    _, rels, _ = run(extractor, "The Kenya Defence Forces (KDF) patrolled the border. The KDF commander, Brig. Gen. "
                                "Peter Kamau, said the troops fired in self-defence.")
    assert ("LEADS", "Peter Kamau", "Kenya Defence Forces") in rels
    _, rels, _ = run(extractor, "The Kenya Liberation Front attacked a camp. A Front commander, John Otieno, was "
                                "killed.")
    assert ("LEADS", "John Otieno", "Kenya Liberation Front") not in rels


def test_a_demonym_counterpart_who_accuses_speaks_for_the_state(extractor):
    _, rels, _ = run(extractor, "Kenya's foreign minister, Mary Wanjiru, said Ugandan troops had crossed the border. "
                                "Her Ugandan counterpart, John Otieno, hit back within hours, accusing Kenya of lying.")
    assert {("ACCUSED", "John Otieno", "Kenya"), ("ACCUSED", "Uganda", "Kenya")} <= rels


def test_a_second_clauses_subject_the_parser_took_for_an_object_sanctions_nothing(extractor):
    res, rels, _ = run(extractor, "In 2024 the US Treasury designated Peter Mwangi, a rebel field commander, "
                                  "accusing him of directing attacks on civilians around Garissa, and the European "
                                  "Union last year added Nakuru Logistics, a Nairobi-registered company it said had "
                                  "procured drone parts for the rebels, to its sanctions list.")
    assert ("SANCTIONED_BY", "Peter Mwangi", "US Treasury") in rels
    assert not any(r[0] == "SANCTIONED_BY" and r[1] == "European Union" for r in rels)


def test_targets_described_in_a_contact_clause_are_named_later_under_another_noun(extractor):
    _, rels, _ = run(extractor, "The United States on Tuesday imposed sanctions on three companies it said had "
                                "flown weapons to the rebels. The three firms, Garissa Star Trading, Nakuru Air "
                                "Services and Lamu Logistics, were accused of chartering the cargo flights.")
    for firm in ("Garissa Star Trading", "Nakuru Air Services", "Lamu Logistics"):
        assert ("SANCTIONED_BY", firm, "United States") in rels


def test_a_described_unit_named_later_as_known_as_is_the_sanctioned_body(extractor):
    _, rels, _ = run(extractor, "Kenya froze the assets of a Somali hacking unit on Tuesday, accusing it of stealing "
                                "cryptocurrency. The unit, known inside Somalia as Bureau 71 and tracked by "
                                "security companies under another name, is part of the National Intelligence Agency.")
    assert ("SANCTIONED_BY", "Bureau 71", "Kenya") in rels
    assert ("SANCTIONED_BY", "Somalia", "Kenya") not in rels


def test_blame_laid_on_a_states_money_or_agents_accuses_that_state(extractor):
    _, rels, _ = run(extractor, "The opposition leader, Peter Mwangi, blamed a week of defections on Ugandan money. "
                                "Police blamed the massacre on a Somali drug gang.")
    assert ("ACCUSED", "Peter Mwangi", "Uganda") in rels
    assert not any(r[0] == "ACCUSED" and r[2] == "Somalia" for r in rels)  # a gang from there is not its state


def test_wrongdoing_told_according_to_a_body_is_its_accusation(extractor):
    _, rels, _ = run(extractor, "The US Treasury sanctioned Lamu Seafoods on Monday. According to the Treasury, the "
                                "company's owner, John Otieno, used fishing boats to smuggle cocaine.")
    assert ("ACCUSED", "US Treasury", "John Otieno") in rels


def test_a_far_sanctions_list_after_objects_and_a_contact_clause_names_its_targets(extractor):
    res, rels, _ = run(extractor, "On Tuesday the US Treasury added Peter Kamau, the Mombasa clan and four companies "
                                  "it said were used to launder the group's profits to its sanctions list.")
    assert ("SANCTIONED_BY", "Peter Kamau", "US Treasury") in rels
    assert any(r[0] == "SANCTIONED_BY" and r[1].startswith("Mombasa") and r[2] == "US Treasury" for r in rels)
    assert [e.type for e in res.events] == ["sanction"]


def test_placed_under_un_sanctions_names_the_un_and_a_demonym_leader_is_no_state_target(extractor):
    _, rels, _ = run(extractor, "Peter Kamau and John Otieno were placed under UN sanctions on Thursday.")
    assert ("SANCTIONED_BY", "Peter Kamau", "United Nations") in rels
    assert ("SANCTIONED_BY", "John Otieno", "United Nations") in rels
    _, rels, _ = run(extractor, "A Kenyan gang leader whose fighters overran a coastal town earlier this month was "
                                "placed under UN sanctions on Thursday.")
    assert not any(r[0] == "SANCTIONED_BY" and r[1] == "Kenya" for r in rels)


def test_said_a_killing_was_commissioned_or_shots_fired_by_someone_accuses_them(extractor):
    _, rels, _ = run(extractor, "Police chief Peter Kamau told a news conference in Nairobi that the murder had been "
                                "commissioned by John Otieno.")
    assert ("ACCUSED", "Peter Kamau", "John Otieno") in rels
    _, rels, _ = run(extractor, "Kenya's foreign ministry said the shots had been fired by a patrol of the Uganda "
                                "People's Defence Force.")
    assert ("ACCUSED", "Kenya", "Uganda People's Defence Force") in rels


def test_naming_someone_as_the_handler_or_the_gunman_accuses_them(extractor):
    _, rels, _ = run(extractor, "Tanzania expelled two diplomats on Monday and named Colonel Ivan Petrov as the "
                                "cell's handler.")
    assert ("ACCUSED", "Tanzania", "Ivan Petrov") in rels
    _, rels, _ = run(extractor, "Kenyan police on Tuesday identified John Otieno as the gunman.")
    assert ("ACCUSED", "Kenya", "John Otieno") in rels
    _, rels, _ = run(extractor, "Kenyan police on Tuesday identified John Otieno as the victim.")
    assert not any(r[0] == "ACCUSED" for r in rels)


def test_former_offices_are_kept_with_their_role_and_staff_listed_under_a_body_hold_their_office(extractor):
    res, rels, _ = run(extractor, "John Otieno, the former chief executive of Lamu Trading, was sentenced to four "
                                  "years.")
    assert ("LEADS", "John Otieno", "Lamu Trading") in rels
    assert [r.properties.get("role") for r in res.relations if r.type == "LEADS"] == ["former chief executive"]
    _, rels, _ = run(extractor, "The court convicted Lamu Trading and two of its former executives, chief executive "
                                "John Otieno and finance director Mary Wanjiru, of evading sanctions.")
    assert ("LEADS", "John Otieno", "Lamu Trading") in rels
    assert ("MEMBER_OF", "Mary Wanjiru", "Lamu Trading") in rels


def test_a_handler_meeting_his_source_is_no_negotiation_but_two_presidents_meeting_is(extractor):
    _, rels, _ = run(extractor, "Prosecutors said Col. Ivan Petrov met John Otieno in a Nairobi car park in March "
                                "and paid him for the documents.")
    assert not any(r[0] == "NEGOTIATED_WITH" for r in rels)
    _, rels, _ = run(extractor, "Kenyan President Peter Mwangi met Ugandan President John Okello in Kampala on "
                                "Monday.")
    assert any(r[0] == "NEGOTIATED_WITH" and {r[1], r[2]} == {"Peter Mwangi", "John Okello"} for r in rels)


def test_the_two_sides_are_the_pair_the_story_is_about_not_the_last_pair_named(extractor):
    _, rels, _ = run(extractor, "Kenya and Uganda held border talks in Busia on Monday. Uganda accused Kenya of "
                                "moving troops, and Kenya denied it. Uganda says the island is its own. In 2019, "
                                "Kenya and Somalia also quarrelled over a maritime border. On Tuesday the two sides "
                                "reached an agreement on joint patrols.")
    pairs = {frozenset((r[1], r[2])) for r in rels if r[0] == "NEGOTIATED_WITH"}
    assert frozenset(("Kenya", "Uganda")) in pairs
    assert frozenset(("Kenya", "Somalia")) not in pairs


def test_the_team_blamed_by_a_state_is_the_body_it_describes(extractor):
    _, rels, _ = run(extractor, "Unit 29155 is the same team blamed by Britain for the 2018 poisoning of Peter "
                                "Mwangi.")
    assert ("ACCUSED", "United Kingdom", "Unit 29155") in rels
    _, rels, _ = run(extractor, "The talks were overshadowed by the arrest in Kenya of a border guard officer accused "
                                "by Uganda of spying.")
    assert ("ACCUSED", "Uganda", "Kenya") not in rels


def test_the_commander_of_a_forces_battalion_leads_the_battalion(extractor):
    _, rels, _ = run(extractor, "Colonel Ousman Jatta, commander of the Kenya Defence Forces' 2nd Infantry "
                                "Battalion, was among the accused.")
    assert ("LEADS", "Ousman Jatta", "2nd Infantry Battalion") in rels
    assert ("LEADS", "Ousman Jatta", "Kenya Defence Forces") not in rels


def test_a_deputy_police_commissioner_is_a_member_and_a_managing_partner_leads(extractor):
    _, rels, _ = run(extractor, "Deputy Police Commissioner Paul Rolle of the Kenya Police Service was suspended "
                                "on Monday.")
    assert ("MEMBER_OF", "Paul Rolle", "Kenya Police Service") in rels
    assert ("LEADS", "Paul Rolle", "Kenya Police Service") not in rels
    _, rels, _ = run(extractor, "Peter Kamau, Lamu Logistics' managing partner, was arrested on Monday.")
    assert ("LEADS", "Peter Kamau", "Lamu Logistics") in rels


def test_a_body_equated_with_a_common_noun_is_that_noun_later(extractor):
    res, rels, _ = run(extractor, "Hackers broke into the servers of the Kuralai, the country's parliament, last "
                                  "month. John Otieno, the parliament's deputy clerk, quit on Thursday.")
    assert {e.name: e.type for e in res.entities}.get("Kuralai") == "Organisation"
    assert ("MEMBER_OF", "John Otieno", "Kuralai") in rels


def test_troops_named_by_a_demonym_are_their_states_force_or_the_state(extractor):
    _, rels, _ = run(extractor, "Kenyan officials accused Ugandan troops on Monday of shooting a herder near the "
                                "border.")
    assert ("ACCUSED", "Kenya", "Uganda") in rels
    _, rels, _ = run(extractor, "The Uganda People's Defence Force denied it. Kenyan officials accused Ugandan "
                                "troops on Monday of shooting a herder near the border.")
    assert ("ACCUSED", "Kenya", "Uganda People's Defence Force") in rels
    _, rels, _ = run(extractor, "Kenya has accused a Ugandan soldier of killing a herder.")
    assert not any(r[0] == "ACCUSED" for r in rels)


def test_a_network_said_to_be_run_by_someone_and_an_assault_said_of_a_force(extractor):
    _, rels, _ = run(extractor, "Commissioner Peter Kamau said the network was run from Somalia by John Otieno.")
    assert ("ACCUSED", "Peter Kamau", "John Otieno") in rels
    _, rels, _ = run(extractor, "Commissioner Peter Kamau said the port was run by John Otieno.")
    assert ("ACCUSED", "Peter Kamau", "John Otieno") not in rels
    _, rels, _ = run(extractor, "Kenya's foreign ministry said its personnel had been assaulted by the Uganda "
                                "People's Defence Force.")
    assert ("ACCUSED", "Kenya", "Uganda People's Defence Force") in rels



def test_a_firm_named_again_without_its_trade_word_is_the_firm(extractor):
    _, rels, _ = run(extractor, "Kenya gave Lamu Blue Reef Fisheries, a Chinese-owned company, a fishing licence. "
                                "The US Treasury put Lamu Blue Reef on its sanctions list last year over forced "
                                "labour on its boats.")
    assert ("SANCTIONED_BY", "Lamu Blue Reef Fisheries", "US Treasury") in rels


def test_a_surname_with_a_capitalised_particle_opening_a_sentence_is_the_person(extractor):
    res, rels, _ = run(extractor, "Police said the network was run by Salem al-Barouni, a trafficker. "
                                  "Al-Barouni was placed under United Nations Security Council sanctions in 2018.")
    assert [e.type for e in res.entities if "Barouni" in e.name] == ["Person"]
    assert ("SANCTIONED_BY", "Salem al-Barouni", "UN Security Council") in rels


def test_a_listing_joined_to_a_passive_sanction_and_a_bodys_own_list(extractor):
    _, rels, _ = run(extractor, "Peter Kamau, a fuel trader, was placed under Security Council sanctions in 2016 "
                                "and added to the European Union's own list three years later.")
    assert ("SANCTIONED_BY", "Peter Kamau", "UN Security Council") in rels
    assert ("SANCTIONED_BY", "Peter Kamau", "European Union") in rels
    _, rels, _ = run(extractor, "Peter Kamau was added to the European Union's own list of guests in 2023.")
    assert not any(r[0] == "SANCTIONED_BY" for r in rels)  # no sanctions told: an "own list" is just a list


def test_a_lower_case_body_the_ner_tagged_is_the_named_body_it_stands_for(extractor):
    _, rels, _ = run(extractor, "The Kenya Coast Guard seized a boat on Monday. On Friday the cabinet sacked the "
                                "coast guard's commander, Colonel John Otieno.")
    assert ("LEADS", "John Otieno", "Kenya Coast Guard") in rels


def test_the_two_sides_are_the_bodies_last_set_against_each_other_with_between(extractor):
    _, rels, _ = run(extractor, "Fighting between the Kenya Defence Forces and the Simba Liberation Army has killed "
                                "thousands since April 2023. Negotiations between the two sides in Nairobi, mediated "
                                "by Ethiopia and the United States in 2023, yielded a brief truce.")
    assert ("NEGOTIATED_WITH", "Kenya Defence Forces", "Simba Liberation Army") in rels
    assert ("NEGOTIATED_WITH", "Ethiopia", "United States") not in rels


def test_the_prosecutors_office_and_a_demonym_force_are_the_bodies_named_before(extractor):
    _, rels, _ = run(extractor, "The Federal Prosecutor's Office in Nairobi filed charges on Monday. A spokesman for "
                                "the prosecutor's office, John Otieno, said the case was open.")
    assert ("MEMBER_OF", "John Otieno", "Federal Prosecutor's Office") in rels
    _, rels, _ = run(extractor, "The Kenya Coast Guard said the boat sank. Lieutenant John Otieno, a spokesman for "
                                "the Kenyan force, told reporters two sailors were hurt.")
    assert ("MEMBER_OF", "John Otieno", "Kenya Coast Guard") in rels
    _, rels, _ = run(extractor, "The Kenya Coast Guard said the boat sank. Lieutenant John Otieno, a spokesman for "
                                "the Ugandan force, told reporters two sailors were hurt.")
    assert ("MEMBER_OF", "John Otieno", "Kenya Coast Guard") not in rels


def test_harm_told_according_to_the_other_side_is_an_accusation(extractor):
    _, rels, _ = run(extractor, "According to the Kenya Coast Guard, a Uganda Coast Guard vessel fired warning "
                                "shots at a Kenyan fishing boat on Monday.")
    assert ("ACCUSED", "Kenya Coast Guard", "Uganda Coast Guard") in rels
    _, rels, _ = run(extractor, "Judge Peter Kamau was wounded by gunmen outside a Kisumu court on Monday, "
                                "according to the Kenya Police Service.")
    assert not any(r[0] == "ACCUSED" for r in rels)  # the victim of a passive is no doer


def test_conjoined_agents_of_a_deed_a_speaker_retorts_are_all_accused(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front countered that the mortar rounds had been fired by the "
                                "Kenya Defence Forces and the Simba Brigade.")
    assert ("ACCUSED", "Kenya Liberation Front", "Kenya Defence Forces") in rels
    assert ("ACCUSED", "Kenya Liberation Front", "Simba Brigade") in rels


def test_a_royal_force_belongs_to_the_state_after_the_crowns_word(extractor):
    _, rels, _ = run(extractor, "The Royal Thai Navy intercepted two trawlers on Sunday, Thailand said.")
    assert ("PART_OF", "Royal Thai Navy", "Thailand") in rels


def test_the_head_of_a_part_of_a_body_is_a_member_of_the_body(extractor):
    _, rels, _ = run(extractor, "The Kenya Revenue Authority opened an inquiry. The agency's Lamu zone commander, "
                                "Colonel Peter Kamau, told reporters two containers had been seized.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Revenue Authority") in rels
    assert ("LEADS", "Peter Kamau", "Kenya Revenue Authority") not in rels


def test_the_two_sides_are_the_bodies_said_to_be_at_war(extractor):
    _, rels, _ = run(extractor, "The Simba Front, led by John Otieno, has been at war with the Kenya Defence Forces "
                                "since April 2023, in a conflict that has killed thousands. Portugal froze accounts on "
                                "Monday. Talks between the two sides in Gondar, brokered by Ethiopia in 2023, "
                                "collapsed.")
    assert ("NEGOTIATED_WITH", "Kenya Defence Forces", "Simba Front") in rels or \
        ("NEGOTIATED_WITH", "Simba Front", "Kenya Defence Forces") in rels


def test_the_chief_of_the_defence_staff_leads_the_one_armed_force_named(extractor):
    _, rels, _ = run(extractor, "Gen. Peter Kamau, who served as chief of the defence staff from 2022, was "
                                "dismissed on Friday. The Kenya Defence Forces confirmed it.")
    assert ("LEADS", "Peter Kamau", "Kenya Defence Forces") in rels
    _, rels, _ = run(extractor, "Gen. Peter Kamau, who served as chief of the defence staff from 2022, was "
                                "dismissed on Friday. The Kenya Defence Forces and the Uganda People's Defence "
                                "Force confirmed it.")
    assert not any(r[0] == "LEADS" for r in rels)  # two forces named: which one is not said


def test_a_blocs_missions_and_councils_are_part_of_the_bloc_when_it_is_named(extractor):
    _, rels, _ = run(extractor, "KFOR troops reinforced the border on Monday, NATO said. The UN Support Mission in "
                                "Kenya said the United Nations was concerned.")
    assert ("PART_OF", "KFOR", "NATO") in rels
    assert ("PART_OF", "UN Support Mission in Kenya", "United Nations") in rels
    _, rels, _ = run(extractor, "KFOR troops reinforced the border on Monday.")
    assert not any(r[0] == "PART_OF" for r in rels)  # NATO is not named: no node made for it


def test_both_and_them_stand_for_the_list_named_just_before(extractor):
    _, rels, _ = run(extractor, "The US Treasury sanctioned Peter Kamau and John Otieno on Monday. The Treasury "
                                "accused both of taking monthly payments from the Kenya Liberation Front.")
    assert ("ACCUSED", "US Treasury", "Peter Kamau") in rels
    assert ("ACCUSED", "US Treasury", "John Otieno") in rels
    _, rels, _ = run(extractor, "Amnesty International said Peter Kamau met John Otieno and Mary Wanjiru in Nairobi. "
                                "The Kenyan government accused them of plotting a coup.")
    assert ("ACCUSED", "Kenya", "John Otieno") in rels and ("ACCUSED", "Kenya", "Mary Wanjiru") in rels
    assert ("ACCUSED", "Kenya", "Amnesty International") not in rels


def test_both_needs_a_list_of_two(extractor):
    _, rels, _ = run(extractor, "Uganda detained Peter Kamau, John Otieno and Mary Wanjiru on Monday. The Ugandan "
                                "government accused both of smuggling gold.")
    assert not any(t == "ACCUSED" for t, _, _ in rels)
    _, rels, _ = run(extractor, "Uganda detained Peter Kamau and Mary Wanjiru on Monday. The Ugandan "
                                "government accused both of smuggling gold.")
    assert ("ACCUSED", "Uganda", "Peter Kamau") in rels


def test_troops_by_demonym_and_a_named_group_are_both_accused(extractor):
    _, rels, _ = run(extractor, "Amnesty International, which has accused Kenyan soldiers and the Kenya Liberation "
                                "Front of executing civilians, called for an inquiry.")
    assert ("ACCUSED", "Amnesty International", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Tanzanian officials have accused Kenyan soldiers and the Ugandan fighters posted "
                                "with them of burning villages.")
    assert ("ACCUSED", "Tanzania", "Uganda") not in rels


def test_experts_of_a_body_accuse_for_it_and_a_concession_answers_the_denier(extractor):
    _, rels, _ = run(extractor, "Amnesty International researchers accused the Kenya Defence Forces of burning "
                                "villages.")
    assert ("ACCUSED", "Amnesty International", "Kenya Defence Forces") in rels
    _, rels, _ = run(extractor, "Uganda denies backing the Kenya Liberation Front, although United Nations experts "
                                "have accused it of deploying soldiers in Kenya.")
    assert ("ACCUSED", "United Nations", "Uganda") in rels
    assert ("ACCUSED", "United Nations", "Kenya Liberation Front") not in rels


def test_meeting_ones_counterpart_is_talks_between_office_holders(extractor):
    _, rels, _ = run(extractor, "Kenya's deputy foreign minister, Peter Kamau, met his counterpart, Deputy Foreign "
                                "Minister John Okello, on Wednesday.")
    assert ("NEGOTIATED_WITH", "John Okello", "Peter Kamau") in rels or \
        ("NEGOTIATED_WITH", "Peter Kamau", "John Okello") in rels


def test_a_partys_lawmakers_accuse_for_it_and_the_unit_is_the_one_unit_named(extractor):
    _, rels, _ = run(extractor, "Mary Wanjiru's family and several Kenya Liberation Front lawmakers have accused the "
                                "unit of carrying out the poisoning. The Rapid Response Unit denied it.")
    assert ("ACCUSED", "Kenya Liberation Front", "Rapid Response Unit") in rels
    _, rels, _ = run(extractor, "The Rapid Response Unit raided a farm. Peter Kamau, a drug unit officer, was shot "
                                "dead in 2022.")
    assert ("MEMBER_OF", "Peter Kamau", "Rapid Response Unit") not in rels


def test_said_recruited_by_officers_of_a_service_or_fuelled_unrest_accuses(extractor):
    _, rels, _ = run(extractor, "The Kenyan Security Service said the men had been recruited separately by officers "
                                "of the Ugandan Intelligence Bureau.")
    assert ("ACCUSED", "Kenyan Security Service", "Ugandan Intelligence Bureau") in rels
    _, rels, _ = run(extractor, "Kenya says Uganda has fuelled the unrest through social media campaigns.")
    assert ("ACCUSED", "Kenya", "Uganda") in rels


def test_recruiting_is_a_wrong_only_as_the_handlers_of_recruits(extractor):
    _, rels, _ = run(extractor, "Kenya says Uganda has recruited more teachers this year.")
    assert ("ACCUSED", "Kenya", "Uganda") not in rels


def test_the_body_whose_statement_names_the_described_target_imposed_the_sanction_too(extractor):
    _, rels, _ = run(extractor, "Washington on Tuesday imposed sanctions on a Kenyan gold trader and two customs "
                                "officers. The U.S. Treasury's Office of Foreign Assets Control (OFAC) said in a "
                                "statement that Peter Kamau, a businessman who chairs the board of a refinery, had "
                                "bought smuggled gold. Named alongside him were John Otieno and Mary Wanjiru, two "
                                "customs officers.")
    assert ("SANCTIONED_BY", "Peter Kamau", "Office of Foreign Assets Control") in rels
    assert ("SANCTIONED_BY", "Peter Kamau", "United States") in rels
    assert ("SANCTIONED_BY", "John Otieno", "Office of Foreign Assets Control") in rels


def test_names_listed_after_a_sanctions_list_the_parser_hung_on_an_object(extractor):
    _, rels, _ = run(extractor, "EU foreign ministers meeting in Brussels added 12 people and three entities to the "
                                "bloc's Kenya sanctions list, among them Peter Kamau and John Otieno.")
    assert ("SANCTIONED_BY", "Peter Kamau", "European Union") in rels
    assert ("SANCTIONED_BY", "John Otieno", "European Union") in rels


def test_ministers_meeting_somewhere_act_for_their_bloc(extractor):
    _, rels, _ = run(extractor, "EU foreign ministers meeting in Brussels sanctioned Peter Kamau and John Otieno.")
    assert ("SANCTIONED_BY", "Peter Kamau", "European Union") in rels


def test_both_added_to_a_sanctions_regime_are_the_pair_named_before(extractor):
    _, rels, _ = run(extractor, "Peter Kamau and John Otieno run the Kenya Liberation Front. In May the European "
                                "Union added both to its sanctions regime.")
    assert ("SANCTIONED_BY", "Peter Kamau", "European Union") in rels
    assert ("SANCTIONED_BY", "John Otieno", "European Union") in rels


def test_measures_on_a_described_person_named_after_a_comma(extractor):
    _, rels, _ = run(extractor, "The Security Council imposed a travel ban and an asset freeze on the commander of "
                                "the Kenyan Air Force, Gen. Peter Kamau.")
    assert ("SANCTIONED_BY", "Peter Kamau", "UN Security Council") in rels


def test_a_company_called_x_among_those_sanctioned(extractor):
    _, rels, _ = run(extractor, "The Treasury imposed sanctions on two men and on six Kenyan companies, among them a "
                                "fuel distributor called Mombasa Fuels Ltd.")
    assert ("SANCTIONED_BY", "Mombasa Fuels Ltd", "US Treasury") in rels


def test_it_added_to_a_list_of_a_body_is_the_group_told_before(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front was formed in 2019. A year later it was added to the "
                                "sanctions list of the UN Security Council.")
    assert ("SANCTIONED_BY", "Kenya Liberation Front", "UN Security Council") in rels


def test_a_deal_negotiated_with_a_partner_was_made_by_the_clause_subject(extractor):
    _, rels, _ = run(extractor, "Uganda released 52 prisoners in a deal negotiated with Kenya.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels or ("NEGOTIATED_WITH", "Uganda", "Kenya") in rels


def test_a_pact_it_signed_with_a_partner(extractor):
    _, rels, _ = run(extractor, "Uganda is bound by the security pact it signed with Kenya in January 2024.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels or ("NEGOTIATED_WITH", "Uganda", "Kenya") in rels


def test_saying_a_state_bore_responsibility_accuses_it(extractor):
    _, rels, _ = run(extractor, 'John Otieno told a news conference in Nairobi that Kampala bore "full '
                                'responsibility" for the escalation.')
    assert ("ACCUSED", "John Otieno", "Uganda") in rels


def test_saying_intelligence_points_to_a_group_accuses_it(extractor):
    _, rels, _ = run(extractor, "Defence Minister Peter Kamau said intelligence reports pointed to the Kenya "
                                "Liberation Front.")
    assert ("ACCUSED", "Peter Kamau", "Kenya Liberation Front") in rels


def test_naming_a_group_as_the_culprit_accuses_it(extractor):
    _, rels, _ = run(extractor, "Minister Peter Kamau had all but named the Kenya Liberation Front as the culprit.")
    assert ("ACCUSED", "Peter Kamau", "Kenya Liberation Front") in rels


def test_condemning_an_actors_conduct_accuses_it_but_not_a_bare_attack(extractor):
    _, rels, _ = run(extractor, "The Kenya Coast Guard condemned what it called Uganda's 'reckless' conduct. "
                                "Kenya condemned the Kenya Liberation Front for the bombing. Tanzania condemned "
                                "the attack.")
    assert ("ACCUSED", "Kenya Coast Guard", "Uganda") in rels
    assert ("ACCUSED", "Kenya", "Kenya Liberation Front") in rels
    assert not any(r[0] == "ACCUSED" and r[1] == "Tanzania" for r in rels)


def test_each_side_accusing_the_other_is_the_pair_at_war(extractor):
    _, rels, _ = run(extractor, "Fighting between Kenya and the Kenya Liberation Front has killed hundreds since "
                                "2023. Each side has since accused the other of torturing prisoners.")
    assert ("ACCUSED", "Kenya", "Kenya Liberation Front") in rels
    assert ("ACCUSED", "Kenya Liberation Front", "Kenya") in rels


def test_a_ceasefire_that_halted_fighting_between_two_sides_was_theirs(extractor):
    res, rels, names = run(extractor, "A ceasefire brokered by Tanzania in November 2024 halted more than a year of "
                                      "fighting between Kenya and the Kenya Liberation Front.")
    assert ("NEGOTIATED_WITH", "Kenya", "Kenya Liberation Front") in rels or (
        "NEGOTIATED_WITH", "Kenya Liberation Front", "Kenya") in rels
    took_part = {src for t, src, ev in rels if t == "PARTICIPATED_IN"}
    assert {"Kenya", "Kenya Liberation Front", "Tanzania"} <= took_part


def test_heads_of_a_bodys_unnamed_unit_or_department_are_its_members(extractor):
    _, rels, _ = run(extractor, "Col. John Otieno, head of an operations directorate of the Kenya Air Force, was "
                                "sanctioned. Mary Wanjiru, director-general for legal affairs at the Kenyan Foreign "
                                "Ministry, led the delegation. Gen. Peter Kamau, chief of staff of the Kenya "
                                "Defence Forces, resigned.")
    assert ("MEMBER_OF", "John Otieno", "Kenya Air Force") in rels
    assert ("LEADS", "John Otieno", "Kenya Air Force") not in rels
    assert ("MEMBER_OF", "Mary Wanjiru", "Kenyan Foreign Ministry") in rels
    assert ("LEADS", "Peter Kamau", "Kenya Defence Forces") in rels


def test_one_of_its_lawmakers_named_after_a_comma_is_a_member(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front won three seats in parliament. One of its lawmakers, "
                                "John Otieno, was arrested.")
    assert ("MEMBER_OF", "John Otieno", "Kenya Liberation Front") in rels


def test_a_name_after_a_role_of_a_body_keeps_the_role_however_hung(extractor):
    _, rels, _ = run(extractor, "The council imposed a travel ban and an asset freeze on the commander of the Kenya "
                                "Air Force, Gen. John Otieno, and three other senior officers over the strikes.")
    assert ("LEADS", "John Otieno", "Kenya Air Force") in rels


def test_a_deputy_named_to_succeed_a_dismissed_chief_takes_his_office(extractor):
    _, rels, _ = run(extractor, "President Peter Kamau sacked John Otieno, the head of the Kenya Police Service, on "
                                "Monday. His deputy, Mary Wanjiru, was named to succeed him.")
    assert ("LEADS", "Mary Wanjiru", "Kenya Police Service") in rels
    assert ("LEADS", "Peter Kamau", "Kenya Police Service") not in rels


def test_similar_measures_by_another_actor_sanction_the_same_targets(extractor):
    _, rels, _ = run(extractor, "In May the European Union added John Otieno and Mombasa Consulting to its sanctions "
                                "regime. Britain imposed similar measures in June.")
    assert ("SANCTIONED_BY", "John Otieno", "United Kingdom") in rels
    assert ("SANCTIONED_BY", "Mombasa Consulting", "United Kingdom") in rels


def test_negotiators_led_by_a_minister_meeting_a_group_make_him_a_side(extractor):
    _, rels, _ = run(extractor, "Kenya has fought the Kenya Liberation Front since 2019. Government negotiators led "
                                "by Defence Minister Peter Kamau met representatives of the Kenya Liberation Front "
                                "in Kampala on Monday.")
    assert ("NEGOTIATED_WITH", "Kenya Liberation Front", "Peter Kamau") in rels or (
        "NEGOTIATED_WITH", "Peter Kamau", "Kenya Liberation Front") in rels


def test_a_mediator_between_two_sides_makes_them_negotiate(extractor):
    _, rels, _ = run(extractor, "Tanzania mediated between Kenya and Uganda for three months in 2024.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels or ("NEGOTIATED_WITH", "Uganda", "Kenya") in rels
    assert not any(r[0] == "NEGOTIATED_WITH" and "Tanzania" in r for r in rels)


def test_an_inquirys_finding_that_another_directed_an_attack_accuses_it(extractor):
    _, rels, _ = run(extractor, "Kenyan police concluded that the Kenya Liberation Front had directed the bombing.")
    assert ("ACCUSED", "Kenya", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Kenyan police concluded that the Kenya Liberation Front had recruited new members.")
    assert not any(r[0] == "ACCUSED" for r in rels)  # no wrong named


def test_directing_and_paying_for_a_stabbing_through_ones_unit(extractor):
    _, rels, _ = run(extractor, "Peter Kamau said the Kenya Liberation Front had directed and paid for the stabbing "
                                "of John Otieno.")
    assert ("ACCUSED", "Peter Kamau", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "Peter Kamau said John Otieno's unit had directed the stabbing of Mary Wanjiru.")
    assert ("ACCUSED", "Peter Kamau", "John Otieno") in rels


def test_a_demonym_side_saboteurs_or_troops_opening_fire_name_the_state(extractor):
    _, rels, _ = run(extractor, "Kenyan officials blamed Ugandan saboteurs for the blast.")
    assert ("ACCUSED", "Kenya", "Uganda") in rels
    _, rels, _ = run(extractor, "\"The Ugandan side deliberately targeted our positions,\" Kenyan spokeswoman Grace "
                                "Wanjiru told reporters.")
    assert ("ACCUSED", "Grace Wanjiru", "Uganda") in rels
    _, rels, _ = run(extractor, "The Kenyan ministry said Ugandan troops had opened fire on Kenyan positions late on "
                                "Tuesday.")
    assert ("ACCUSED", "Kenyan ministry", "Uganda") in rels
    _, rels, _ = run(extractor, "Kenya said Uganda had opened a new embassy.")
    assert not any(r[0] == "ACCUSED" for r in rels)


def test_the_authorities_accused_are_the_storys_state(extractor):
    _, rels, _ = run(extractor, "Cambodia jailed four journalists on Monday. Human Rights Watch accused the "
                                "authorities of using the courts as a weapon.")
    assert ("ACCUSED", "Human Rights Watch", "Cambodia") in rels


def test_minister_of_a_field_leads_the_ministry_of_that_field(extractor):
    _, rels, _ = run(extractor, "Minister of Defence Peter Kamau said the Ministry of Defence would appeal.")
    assert ("LEADS", "Peter Kamau", "Ministry of Defence") in rels
    _, rels, _ = run(extractor, "Secretary of Justice Grace Wanjiru said the Department of Justice would appeal.")
    assert ("LEADS", "Grace Wanjiru", "Department of Justice") in rels


def test_a_police_commission_is_not_the_force_its_chief_leads(extractor):
    _, rels, _ = run(extractor, "The Police Service Commission said Police Commissioner John Otieno would retire. "
                                "The Kenya Police Service denied it.")
    assert ("LEADS", "John Otieno", "Kenya Police Service") in rels


def test_links_or_ties_to_a_body_are_no_post_in_it(extractor):
    _, rels, _ = run(extractor, "She described Peter Kamau as a man with close links to the Kenya Liberation Front.")
    assert not any(r[0] == "MEMBER_OF" for r in rels)
    _, rels, _ = run(extractor, "Peter Kamau, a researcher with the Kenya Policy Institute, said so.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Policy Institute") in rels


def test_talks_with_a_side_after_or_into_which_another_was_drawn(extractor):
    _, rels, _ = run(extractor, "The sanctions forced Kenyan officials into months of negotiations with Uganda over "
                                "waivers.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels
    _, rels, _ = run(extractor, "The package was adopted by the East African Community only after weeks of "
                                "negotiations with Uganda.")
    assert ("NEGOTIATED_WITH", "Uganda", "East African Community") in rels  # (a symmetric edge, in id order)


def test_a_well_known_titled_leader_leads_their_own_state_when_the_sentence_names_two(extractor):
    _, rels, _ = run(extractor, "Greece and Turkey traded accusations. President Recep Tayyip Erdogan said Greek boats "
                                "had rammed a Turkish vessel, while Prime Minister Kyriakos Mitsotakis called the "
                                "claim false.")
    assert {("LEADS", "Recep Tayyip Erdogan", "Turkey"), ("LEADS", "Kyriakos Mitsotakis", "Greece")} <= rels
    _, rels, _ = run(extractor, "President Recep Tayyip Erdogan met Greek officials.")  # Turkey is not named
    assert not any(r[0] == "LEADS" and r[2] == "Turkey" for r in rels)


def test_a_well_known_leader_leads_the_state_the_sentence_names_in_another_role(extractor):
    _, rels, _ = run(extractor, "Dmitry Peskov, President Vladimir Putin's spokesman, denied any involvement by "
                                "the Kremlin.")
    assert ("LEADS", "Vladimir Putin", "Russia") in rels


def test_a_board_seat_makes_a_member(extractor):
    _, rels, _ = run(extractor, "Peter Kamau sits on the boards of Lamu Capital Partners and Kilima Holdings.")
    assert {("MEMBER_OF", "Peter Kamau", "Lamu Capital Partners"), ("MEMBER_OF", "Peter Kamau", "Kilima Holdings")} <= rels
    _, rels, _ = run(extractor, "Lt. Col. Peter Kamau, 47, who served on the general staff of the Kenya Defence "
                                "Forces, was arrested.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Defence Forces") in rels
    _, rels, _ = run(extractor, "Peter Kamau never sat on the board of Lamu Capital Partners.")
    assert ("MEMBER_OF", "Peter Kamau", "Lamu Capital Partners") not in rels


def test_the_firm_he_heads_and_the_board_he_chairs(extractor):
    _, rels, _ = run(extractor, "Britain sanctioned Peter Kamau, a Nairobi consultant, and Lamu Strategic "
                                "Communications, the firm he heads, on Monday.")
    assert ("LEADS", "Peter Kamau", "Lamu Strategic Communications") in rels
    _, rels, _ = run(extractor, "Peter Kamau, a businessman who chairs the board of Lamu Refining, was arrested.")
    assert ("LEADS", "Peter Kamau", "Lamu Refining") in rels and ("MEMBER_OF", "Peter Kamau", "Lamu Refining") not in rels


def test_its_leader_after_a_state_acted_on_a_group_is_the_groups(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front was blamed for the attack. The United States sanctioned "
                                "the group in 2023. Its alleged leader, Peter Kamau, was also placed on the American "
                                "sanctions list at the time.")
    assert ("LEADS", "Peter Kamau", "Kenya Liberation Front") in rels
    assert ("LEADS", "Peter Kamau", "United States") not in rels
    assert ("SANCTIONED_BY", "Peter Kamau", "United States") in rels


def test_a_firms_owner_after_a_state_acted_on_it_leads_the_firm(extractor):
    _, rels, _ = run(extractor, "Washington sanctioned Nairobi Crest Exchange on Monday. Its owner, Peter Kamau, 58, "
                                "denied wrongdoing.")
    assert ("LEADS", "Peter Kamau", "Nairobi Crest Exchange") in rels
    assert ("LEADS", "Peter Kamau", "United States") not in rels
    _, rels, _ = run(extractor, "Police raided Nairobi Crest Exchange on Monday. The firm's owner, Peter Kamau, "
                                "denied wrongdoing.")
    assert ("LEADS", "Peter Kamau", "Nairobi Crest Exchange") in rels


def test_its_owner_after_a_state_body_told_of_a_firm_is_the_firms(extractor):
    _, rels, _ = run(extractor, "The US Treasury said on Monday that Nairobi Crest Exchange had converted $85 million "
                                "for the Kenya Liberation Front. Its owner, Peter Kamau, 58, was sanctioned alongside "
                                "the firm.")
    assert ("LEADS", "Peter Kamau", "Nairobi Crest Exchange") in rels
    assert ("LEADS", "Peter Kamau", "US Treasury") not in rels


def test_the_firm_is_no_armed_group_named_since(extractor):
    _, rels, _ = run(extractor, "Britain sanctioned Lamu Marine Supply, a shipping company, on Monday. The Kenya "
                                "Liberation Front denied buying fuel. The Foreign Office accused the firm of "
                                "shipping fuel to the rebels.")
    assert ("ACCUSED", "Foreign Office", "Lamu Marine Supply") in rels
    assert ("ACCUSED", "Foreign Office", "Kenya Liberation Front") not in rels


def test_said_someone_directed_the_operation_accuses_them(extractor):
    _, rels, _ = run(extractor, "Army spokesman Grace Wanjiru accused the Kenya Liberation Front of launching the "
                                "assault and said the group's leader, Peter Kamau, had directed the operation from "
                                "Somalia.")
    assert ("ACCUSED", "Grace Wanjiru", "Peter Kamau") in rels
    _, rels, _ = run(extractor, "The Kenya Liberation Front said its commander, Peter Kamau, had directed the "
                                "operation against the barracks.")
    assert ("ACCUSED", "Kenya Liberation Front", "Peter Kamau") not in rels  # its own man


def test_a_list_of_sanctioning_states_after_by_is_all_agents(extractor):
    for text in ("Peter Kamau was placed under sanctions by the United States, the European Union and Britain in "
                 "2022.",
                 "The yacht has been held since its owner, the tycoon Peter Kamau, was placed under sanctions by the "
                 "United States, the European Union and Britain in 2022."):
        _, rels, _ = run(extractor, text)
        for state in ("United States", "European Union", "United Kingdom"):
            assert ("SANCTIONED_BY", "Peter Kamau", state) in rels
        assert ("SANCTIONED_BY", "United Kingdom", "United States") not in rels


def test_a_follower_listing_names_its_own_targets(extractor):
    _, rels, _ = run(extractor, "The United States sanctioned John Otieno in October. The European Union followed in "
                                "December, listing Peter Kamau and two of his deputies.")
    assert ("SANCTIONED_BY", "Peter Kamau", "European Union") in rels
    assert ("SANCTIONED_BY", "Peter Kamau", "United States") not in rels


def test_the_group_is_no_military_command_or_un_body_named_since(extractor):
    _, rels, _ = run(extractor, "Fighters of the Kenya Liberation Front attacked the base on Monday. The US Africa "
                                "Command said it had carried out an air strike in response. Peter Kamau, a commander "
                                "of the group, was killed.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Liberation Front") in rels
    assert ("MEMBER_OF", "Peter Kamau", "US Africa Command") not in rels


def test_the_two_former_colonies_are_the_pair_of_states_told_before(extractor):
    _, rels, _ = run(extractor, "Kenya and Uganda exchanged fire on the border on Monday. The two former British "
                                "colonies signed a peace deal in 2021.")
    assert ("NEGOTIATED_WITH", "Kenya", "Uganda") in rels or ("NEGOTIATED_WITH", "Uganda", "Kenya") in rels


def test_government_negotiators_speak_for_the_storys_state(extractor):
    _, rels, _ = run(extractor, "Kenya has fought the Kenya Liberation Front since 2019. Government negotiators and a "
                                "Kenya Liberation Front delegation had been due to meet on Wednesday in Mombasa to "
                                "continue talks.")
    assert ("NEGOTIATED_WITH", "Kenya", "Kenya Liberation Front") in rels \
        or ("NEGOTIATED_WITH", "Kenya Liberation Front", "Kenya") in rels


def test_a_bloc_among_demonyms_before_negotiators_is_a_side(extractor):
    _, rels, _ = run(extractor, "British, Spanish and European Union negotiators reached a political agreement in "
                                "June on the border.")
    assert ("NEGOTIATED_WITH", "United Kingdom", "European Union") in rels or (
        "NEGOTIATED_WITH", "European Union", "United Kingdom") in rels


def test_a_chiefs_deputy_serves_in_the_chiefs_body(extractor):
    _, rels, _ = run(extractor, "Peter Kamau, the head of the Kenya Revenue Authority, resigned on Monday. His "
                                "deputy, John Otieno, will act in the post.")
    assert ("MEMBER_OF", "John Otieno", "Kenya Revenue Authority") in rels
    _, rels, _ = run(extractor, "Peter Kamau, who sits on the boards of Lamu Capital and Mombasa Holdings, resigned. "
                                "His deputy, John Otieno, will act in the post.")
    assert not any(r[0] == "MEMBER_OF" and r[1] == "John Otieno" for r in rels)  # which board is not said


def test_a_heading_title_before_a_name_of_a_body_leads_it(extractor):
    _, rels, _ = run(extractor, "Commissioner Peter Kamau of the Kenya Police Service said the inquiry was open.")
    assert ("LEADS", "Peter Kamau", "Kenya Police Service") in rels
    _, rels, _ = run(extractor, "Deputy Commissioner Peter Kamau of the Kenya Police Service said the inquiry was "
                                "open.")
    assert ("MEMBER_OF", "Peter Kamau", "Kenya Police Service") in rels
    assert ("LEADS", "Peter Kamau", "Kenya Police Service") not in rels


def test_a_prime_minister_leading_a_named_government_leads_no_story_state(extractor):
    _, rels, _ = run(extractor, "Italian police have arrested a Libyan militia commander wanted by the International "
                                "Criminal Court for the torture of detainees at a prison in Tripoli, the court said, a "
                                "year after Rome caused an outcry by freeing another suspect. The Tripoli-based "
                                "Government of National Unity, led by Prime Minister Peter Kamau, said only that it "
                                "had opened an inquiry.")
    assert ("LEADS", "Peter Kamau", "Government of National Unity") in rels
    assert ("LEADS", "Peter Kamau", "Italy") not in rels


def test_a_bodys_president_leads_no_state(extractor):
    _, rels, _ = run(extractor, "African Union Commission President Grace Wanjiru announced sanctions on Uganda.")
    assert ("LEADS", "Grace Wanjiru", "African Union Commission") in rels
    assert ("LEADS", "Grace Wanjiru", "Uganda") not in rels


def test_an_office_or_spokesman_speaks_for_its_owner(extractor):
    _, rels, _ = run(extractor, "Peter Kamau's spokesman said the Kenya Liberation Front had attacked the convoy.")
    assert ("ACCUSED", "Peter Kamau", "Kenya Liberation Front") in rels


@pytest.mark.parametrize("text", [
    "The EU listed Mara Gold, a fuel dealer that Brussels says funded the Kenya Liberation Front for years.",
    "Britain froze the assets of Mara Gold, a shipping agent it says has been smuggling ammunition to Somali "
    "militants.",
])
def test_a_wrong_said_in_a_relative_clause_accuses_the_noun_it_hangs_on(extractor, text):
    res, _, names = run(extractor, text)
    accused = {(names[r.source], names[r.target]) for r in res.relations if r.type == "ACCUSED"}
    assert any(t == "Mara Gold" for _, t in accused)
    assert not any(t == "Kisumu Metals" for _, t in accused)  # the clause is about the chairman only


def test_a_wrong_denied_in_a_relative_clause_is_no_accusation(extractor):
    res, _, names = run(extractor, "The EU sanctioned Mara Gold, a company that the EU said had not helped finance "
                                   "the Kenya Liberation Front.")
    assert not [r for r in res.relations if r.type == "ACCUSED"]
    res, _, names = run(extractor, "The EU sanctioned Mara Gold, a mining company that the Red Cross said had "
                                   "helped build a new hospital.")  # help that is no wrong
    assert not [r for r in res.relations if r.type == "ACCUSED"]


def test_his_organisation_is_the_body_he_is_said_to_lead(extractor):
    res, rels, names = run(extractor, "John Otieno, who heads the Marin Cartel, was sanctioned by Britain on "
                                      "Monday. The Foreign Office accused his organisation of laundering drug money.")
    assert ("ACCUSED", "Foreign Office", "Marin Cartel") in rels


def test_both_governments_commenting_on_a_listing_are_the_pair_it_names(extractor):
    res, rels, names = run(extractor, "Police blamed the Marin clan for the shooting. Britain and the United States "
                                      "sanctioned the clan's boss, John Otieno, in 2024, both governments accusing "
                                      "his organisation of trafficking heroin through Mombasa.")
    assert ("LEADS", "John Otieno", "Marin clan") in rels
    assert {("ACCUSED", "United Kingdom", "Marin clan"), ("ACCUSED", "United States", "Marin clan")} <= rels


@pytest.mark.parametrize("text, owner", [
    ("The Kenya Liberation Front, listed by the UN in 2012, remains on the Security Council's sanctions list.",
     "UN Security Council"),
    ("The Kenya Liberation Front has stayed on the State Department's list of foreign terrorist organisations for a "
     "decade.", "State Department"),
    ("The Kenya Liberation Front remains on a US blacklist.", "United States"),
])
def test_a_standing_listing_is_by_the_lists_owner(extractor, text, owner):
    _, rels, _ = run(extractor, text)
    assert ("SANCTIONED_BY", "Kenya Liberation Front", owner) in rels


def test_a_list_of_speakers_is_no_sanction(extractor):
    _, rels, _ = run(extractor, "Peter Kamau was on the African Union's list of speakers.")
    assert not [r for r in rels if r[0] == "SANCTIONED_BY"]
    _, rels, _ = run(extractor, "Peter Kamau was on the Kenya Liberation Front's list of terror targets.")
    assert not [r for r in rels if r[0] == "SANCTIONED_BY"]


def test_barred_from_a_state_is_that_states_entry_ban(extractor):
    _, rels, _ = run(extractor, "Under the measures, Grace Wanjiru and the Freedom Alliance are banned from China.")
    assert {("SANCTIONED_BY", "Grace Wanjiru", "China"), ("SANCTIONED_BY", "Freedom Alliance", "China")} <= rels
    _, rels, _ = run(extractor, "Grace Wanjiru could be barred from China if she travels to Taiwan.")
    assert not [r for r in rels if r[0] == "SANCTIONED_BY"]


@pytest.mark.parametrize("text, body, state", [
    ("Officers of the Commonwealth of Kenya Police Force arrested two men in Garissa. Kenya has protested.",
     "Commonwealth of Kenya Police Force", "Kenya"),
])
def test_a_force_whose_name_holds_its_state_inside_is_part_of_it(extractor, text, body, state):
    _, rels, _ = run(extractor, text)
    assert ("PART_OF", body, state) in rels


@pytest.mark.parametrize("text, body", [
    ("Kenya outlawed the Mombasa Republican Council in 2014 and froze the bank accounts of its chairman, Peter "
     "Kamau.", "Mombasa Republican Council"),
    ("Uganda blacklisted Lamu Fishing Ltd and its director, Peter Kamau, on Monday.", "Lamu Fishing Ltd"),
])
def test_its_after_a_body_named_in_the_sentence_is_that_bodys(extractor, text, body):
    _, rels, _ = run(extractor, text)
    assert ("LEADS", "Peter Kamau", body) in rels
    assert not [r for r in rels if r[0] == "LEADS" and r[2] in ("Kenya", "Uganda")]


def test_its_after_a_body_as_subject_keeps_the_resolvers_reading(extractor):
    _, rels, _ = run(extractor, "The Kenya Liberation Front said in a statement that its leader, Peter Kamau, had "
                                "left the country.")
    assert ("LEADS", "Peter Kamau", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "The European Union imposed sanctions on the Kenya Liberation Front on Monday, and "
                                "its foreign policy chief, John Otieno, said more would follow.")
    assert not [r for r in rels if r[1] == "John Otieno" and r[2] == "Kenya Liberation Front"]
    _, rels, _ = run(extractor, "The measures target the National Intelligence Service, the NIS, and the Kenya "
                                "Liberation Front, the KLF, as well as three senior NIS officers: its head, Gen. "
                                "Peter Kamau, and two deputies.")
    assert ("LEADS", "Peter Kamau", "National Intelligence Service") in rels


def test_orders_said_to_come_from_someone_accuse_them(extractor):
    _, rels, _ = run(extractor, "After the ambush, Peter Kamau said the instructions for the raid had come from the "
                                "Kenya Liberation Front.")
    assert ("ACCUSED", "Peter Kamau", "Kenya Liberation Front") in rels
    _, rels, _ = run(extractor, "After the bombing, Peter Kamau said the order to evacuate came from the Kenya Red "
                                "Cross.")
    assert not [r for r in rels if r[0] == "ACCUSED"]
