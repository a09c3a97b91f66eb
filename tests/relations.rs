//! Table-driven tests of the relation rules on sentences written for this
//! suite, with the bundled gazetteers and rules. Each row lists every typed
//! edge the sentence must give (`source relation target`, ids); an empty list
//! means no typed edge at all (negation, hedges, venues, …).

use newsgraph::input::Document;
use newsgraph::relations::patterns::RelationRules;
use newsgraph::relations::Relation;
use newsgraph::{Gazetteer, Pipeline};
use std::path::Path;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
        let gaz = Gazetteer::load_layers(&[&dir]).expect("bundled gazetteers load");
        let rules = RelationRules::load_for_layers(&[&dir], &gaz).expect("bundled rules load");
        Pipeline::new(gaz, rules)
    })
}

fn typed_edges(text: &str) -> Vec<String> {
    let p = pipeline();
    let facts = p.process(&Document { id: "t".into(), text: text.into() });
    let mut out: Vec<String> = facts
        .relations
        .iter()
        .filter(|(r, _)| r.relation != Relation::CoOccurs && !r.negated)
        .map(|(r, _)| {
            let (s, t) = if r.relation.is_symmetric() && r.source > r.target {
                (r.target, r.source)
            } else {
                (r.source, r.target)
            };
            format!("{} {} {}", p.entity_id(s, &facts.people), r.relation, p.entity_id(t, &facts.people))
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

const CASES: &[(&str, &[&str])] = &[
    // --- active verbs ---
    ("Germany backs Ukraine.", &["germany supports ukraine"]),
    // summoning a country's envoy is a protest against that country
    ("China summoned Japan's ambassador on Friday.", &["china criticises japan"]),
    ("Iran summoned the British charge d'affaires.", &["iran criticises united-kingdom"]),
    ("Russia did not summon the German ambassador.", &[]),
    ("Trump summoned his envoy and Rubio to the White House.", &[]),
    // "remarks by" a person whose title opens with a demonym
    (
        "China protested remarks by Japanese Prime Minister Sanae Takaichi.",
        &["china criticises sanae-takaichi", "sanae-takaichi affiliated_with japan"],
    ),
    ("China summoned the ambassador to protest remarks by Sanae Takaichi.", &["china criticises sanae-takaichi"]),
    // a relative clause whose pronoun is the object: the name before the comma
    (
        "Nicolas Maduro, whom Washington accuses of running a drug cartel, spoke.",
        &["united-states criticises nicolas-maduro"],
    ),
    ("Ukraine, which Russia invaded in 2022, asked for help.", &["russia opposes ukraine"]),
    ("Iran, which the Americans blame for the attacks, said nothing.", &["united-states criticises iran"]),
    ("Business could drift to London, which the Bundesbank opposes.", &[]),
    ("The Commission, which Denmark approached for support, agreed.", &[]),
    // a noun after a past-tense verb or a preposition ("approved sanctions", "a package of
    // sanctions"), a verb after "to" or as a gerund ("after meeting X")
    ("The EU approved sanctions against Russia.", &["european-union opposes russia"]),
    ("EU governments approved a package of sanctions against Russia.", &["european-union opposes russia"]),
    ("New Zealand has imposed sanctions against Fiji.", &["new-zealand opposes fiji"]),
    ("Kiichi Miyazawa, after meeting Treasury Secretary James Baker, spoke.", &["kiichi-miyazawa meets person:james-baker"]),
    // "X, whose ROLE NAME"
    (
        "Hungary, whose Prime Minister Viktor Orban has close ties to Moscow, did not oppose the measures.",
        &["viktor-orban affiliated_with hungary"],
    ),
    // "rejects direct talks": stopped talks are no meeting
    ("Iran rejects direct talks with US.", &[]),
    ("Iran holds direct talks with US.", &["iran meets united-states"]),
    // military strikes oppose the target; a deal struck is no attack
    ("The U.S. military struck Houthi targets in Yemen.", &["united-states opposes houthis"]),
    ("Israel launched air strikes on Hezbollah in Lebanon.", &["israel opposes hezbollah"]),
    ("Russia bombed Kyiv overnight.", &["russia opposes ukraine"]),
    ("Ukraine strikes Turkmen gas deal.", &[]),
    ("Trump rejected the Iran nuclear deal.", &[]),
    ("The two sides struck a deal with Iran.", &[]),
    ("Royal Dutch/Shell Group said its Shell Canada unit earned more.", &[]),
    // charges of an act are a claim, not the act
    ("Afghanistan has denied previous charges of bombing Pakistani territory.", &[]),
    ("Pakistan repeated its charges of bombing by Afghanistan.", &[]),
    // "X, Y's ally"; ", a demand Z rejected" opposes who made it
    ("Hezbollah, Iran's main ally in Lebanon, has been weakened.", &["hezbollah supports iran"]),
    (
        "Trump said Ukraine should cede land, a proposal Zelenskiy rejected.",
        &["volodymyr-zelensky opposes donald-trump"],
    ),
    // hard-wrapped copy: a name across a line break is still the name
    (
        "Secretary of State George\nShultz met Soviet Foreign Minister Eduard\nShevardnadze in Moscow.",
        &["eduard-shevardnadze meets person:george-shultz"],
    ),
    // a capitalised trigger after a capitalised word is a name ("Grand Slam")
    ("The only other Indian woman to win at a Grand Slam is Nirupama Vaidyanathan.", &[]),
    // an entity titling a person the gazetteer does not know is not the subject
    ("Arsenal and England defender Cole reportedly met Jose Mourinho.", &[]),
    ("England coach Andy Robinson met Jose Mourinho.", &["person:andy-robinson affiliated_with england", "person:andy-robinson meets person:jose-mourinho"]),
    // a name before a verb is what is denied ("made", "took" …)
    ("Mr Blair denied Mr Brown made that quote.", &[]),
    // a request is not the act ("asked X to help revive talks with Y")
    ("Zelenskiy asked Turkey to help revive peace talks with Russia.", &[]),
    ("Merz urged Trump to back Ukraine.", &[]),
    // "X, accused by Y of …, denied the allegation": X answers Y; the subject stands before
    // the participle phrase
    (
        "The United Arab Emirates, accused by the Sudanese army of arming the RSF, denied the allegation.",
        &["sudan criticises united-arab-emirates", "united-arab-emirates denies sudan"],
    ),
    // one titled by the accused answers for it
    (
        "Ethiopian Prime Minister Abiy Ahmed accused Eritrea of preparing for war. Eritrea's information minister Yemane Gebremeskel dismissed the claim.",
        &[
            "abiy-ahmed-ali affiliated_with ethiopia",
            "abiy-ahmed-ali criticises eritrea",
            "person:yemane-gebremeskel affiliated_with eritrea",
            "person:yemane-gebremeskel denies abiy-ahmed-ali",
        ],
    ),
    // "X is (one of) Y's strongest backers / closest ally"
    ("Denmark has been one of Kyiv's strongest backers.", &["denmark supports ukraine"]),
    ("Japan is Washington's closest ally in Asia.", &["japan supports united-states"]),
    // "attacked": words from people and bodies, force from states and armed groups
    ("Donald Trump has repeatedly attacked Jerome Powell.", &["donald-trump criticises jerome-powell"]),
    ("The Kremlin attacked NATO over its plans.", &["kremlin criticises nato"]),
    ("Russia attacked Ukraine overnight.", &["russia opposes ukraine"]),
    ("Ukraine was attacked by Russia.", &["russia opposes ukraine"]),
    // "X, a Republican,": a party alone in apposition
    (
        "House Speaker Mike Johnson, a Republican, praised the agreement.",
        &["mike-johnson affiliated_with republican-party"],
    ),
    ("Senator Joe Manchin, a Democrat, said so.", &["joe-manchin affiliated_with democratic-party"]),
    // "the Trump-Xi meeting": the noun after a hyphenated pair
    (
        "Donald Trump and Xi Jinping spoke. The Trump-Xi meeting produced a deal.",
        &["donald-trump meets xi-jinping"],
    ),
    // a meeting set for later has not happened
    ("Vladimir Putin meets Narendra Modi next week.", &[]),
    ("Vladimir Putin met Narendra Modi last week.", &["narendra-modi meets vladimir-putin"]),
    (
        "The European Parliament threatened to block European Community spending plans for next year.",
        &["european-parliament opposes european-community"],
    ),
    // "president-elect"
    (
        "Chile's president-elect Jose Antonio Kast, a former congressman, spoke.",
        &["jose-antonio-kast affiliated_with chile"],
    ),
    // "held N hours/rounds of talks"
    ("Trump and Putin held nearly three hours of talks in Alaska.", &["donald-trump meets vladimir-putin"]),
    ("Trump held a second round of talks with Putin.", &["donald-trump meets vladimir-putin"]),
    // an entity in a prepositional phrase is not the subject, coordinated or not
    ("The bishops in England and Wales backed Ireland's plan.", &[]),
    ("Officials in Poland backed Ukraine.", &[]),
    // nor before the conjunction that opens the trigger's clause
    ("Spain spoke after the bishops in England backed Ireland's plan.", &[]),
    ("Spain resigned hours after Poland criticised Italy.", &["poland criticises italy"]),
    ("Austria, after meeting Hungary, said it would help.", &["austria meets hungary"]),
    ("France and Germany backed Ukraine.", &["france supports ukraine", "germany supports ukraine"]),
    ("NATO grew, with Sweden abandoning neutrality to join.", &["sweden member_of nato"]),
    // bare "back" is the verb only before its object; otherwise an adverb
    ("Spain and Italy back France in the dispute.", &["italy supports france", "spain supports france"]),
    ("Poland came back to Germany with a new offer.", &[]),
    ("Brazil hit back at Argentina over the tariffs.", &["brazil criticises argentina"]),
    ("Egypt is handing back an Israeli prisoner.", &[]),
    ("Chile paid back the Argentine loans.", &[]),
    ("Israel set back Iran's programme by years.", &[]),
    ("France supported Poland throughout the crisis.", &["france supports poland"]),
    ("Japan endorsed India's bid.", &["japan supports india"]),
    ("Russia and China congratulated Nicolas Maduro on his victory.", &["china supports nicolas-maduro", "russia supports nicolas-maduro"]),
    ("Brazil condemned Israel on Monday.", &["brazil criticises israel"]),
    ("Canada criticised China over the arrests.", &["canada criticises china"]),
    (
        "Russia criticized Switzerland's support for Ukraine.",
        &["russia criticises switzerland", "switzerland supports ukraine"],
    ),
    ("Norway accused Russia of backing Belarus.", &["norway criticises russia", "russia supports belarus"]),
    ("Greece opposes Turkey's plan.", &["greece opposes turkey"]),
    ("Hungary vetoed Ukraine's request.", &["hungary opposes ukraine"]),
    ("Egypt rejected Ethiopia's proposal.", &["egypt opposes ethiopia"]),
    ("Iran denied Israel's account of the strike.", &["iran denies israel"]),
    ("Kenya and Uganda backed Somalia.", &["kenya supports somalia", "uganda supports somalia"]),
    ("Spain backed Morocco and Tunisia.", &["spain supports morocco", "spain supports tunisia"]),
    ("Vladimir Putin met Xi Jinping in Beijing.", &["vladimir-putin meets xi-jinping"]),
    ("Emmanuel Macron held talks with Olaf Scholz.", &["emmanuel-macron meets olaf-scholz"]),
    ("Joe Biden hosted Benjamin Netanyahu at the White House.", &["benjamin-netanyahu meets joe-biden"]),
    ("Finland joined NATO in 2023.", &["finland member_of nato"]),
    ("Croatia acceded to the European Union.", &["croatia member_of european-union"]),
    ("Germany sided with France.", &["germany supports france"]),
    ("Poland stands with Ukraine.", &["poland supports ukraine"]),
    ("Sweden slammed Hungary for the delay.", &["sweden criticises hungary"]),
    ("Peru denounced Venezuela.", &["peru criticises venezuela"]),
    ("Chile blamed Bolivia for the dispute.", &["chile criticises bolivia"]),
    // --- passive ---
    ("Kyiv, backed by the US, rejected the offer.", &["united-states supports ukraine"]),
    ("Israel was criticised by Turkey.", &["turkey criticises israel"]),
    ("Taiwan, supported by Japan and Australia, protested.", &["australia supports taiwan", "japan supports taiwan"]),
    ("The plan was rejected by India.", &[]),
    ("Armenia, condemned by Azerbaijan, replied.", &["azerbaijan criticises armenia"]),
    // passive without its agent: the one acted on is not the actor
    ("Labour accused of EU propaganda", &[]),
    ("Russia is accused of backing Syria.", &["russia supports syria"]),
    ("Israel was widely condemned over Gaza by nobody we know.", &[]),
    ("Peru was criticised over Chile.", &[]),
    ("Greece is meeting Turkey today.", &["greece meets turkey"]),
    // --- negation ---
    ("Austria did not criticise Russia.", &[]),
    ("Hungary refused to back Ukraine.", &[]),
    ("Italy never supported Libya's rebels.", &[]),
    ("Qatar no longer supports Hamas.", &[]),
    ("China didn't condemn Russia.", &[]),
    ("Turkey declined to join the sanctions against Russia.", &[]),
    ("Serbia has not joined the European Union.", &[]),
    // --- hedges, questions, conditionals ---
    ("Would Germany back France?", &[]),
    ("It is unclear whether the US would support Ukraine.", &[]),
    ("If Brazil backs Argentina, the deal will pass.", &[]),
    ("Japan may support India.", &[]),
    ("Ukraine wants to join NATO.", &[]),
    ("Georgia hopes to join the European Union.", &[]),
    // a decision or agreement to open talks has not opened them
    ("Hungary vetoed a decision to open accession talks with Kyiv.", &[]),
    ("The EU agreed to launch talks with Ukraine.", &[]),
    ("Russia is preventing Ukraine from joining NATO.", &[]),
    // a capitalised cue word inside the sentence is a month or a name, not a modal
    ("NEW DELHI, May 9 - India accused Pakistan of violating the ceasefire.", &["india criticises pakistan"]),
    ("May Japan support India?", &[]),
    // --- nominal ---
    ("Switzerland's support for Ukraine angered Russia.", &["switzerland supports ukraine"]),
    ("Iraq received aid from Kuwait.", &["kuwait supports iraq"]),
    ("Kuwait has the full support of Saudi Arabia.", &["saudi-arabia supports kuwait"]),
    ("The line has the support of the Mayor of London, Ken Livingstone, and the government.", &[]),
    ("Syria relies on military support from Iran and Russia.", &["iran supports syria", "russia supports syria"]),
    ("Poland's criticism of Belarus grew.", &["poland criticises belarus"]),
    ("India's opposition to Pakistan's proposal is well known.", &["india opposes pakistan"]),
    ("Lebanon welcomed French support for its army.", &[]),
    // a demonym before a noun gives only as the subject of a verb
    ("The Commission proposed using frozen Russian assets to fund a loan for Ukraine.", &[]),
    ("Russian officials pledged a loan to Ukraine.", &["russia supports ukraine"]),
    ("US support for Israel is firm.", &["united-states supports israel"]),
    // --- titles and appositions ---
    ("Niger's junta leader Abdourahamane Tiani spoke.", &["abdourahamane-tiani affiliated_with niger"]),
    // a unit (with a hyphenated name) of the employer, or owned by it
    (
        "Bonnie Glaser, director of the Indo-Pacific program at the German Marshall Fund, said so.",
        &["person:bonnie-glaser affiliated_with german-marshall-fund"],
    ),
    (
        "Samuel Charap, director of the German Marshall Fund's Asia program, said so.",
        &["person:samuel-charap affiliated_with german-marshall-fund"],
    ),
    ("Samuel Charap, author of the German Marshall Fund's latest report, said so.", &[]),
    (
        "The strike targeted Haytham Ali Tabatabai, Hezbollah's chief of staff.",
        &["person:haytham-ali-tabatabai affiliated_with hezbollah"],
    ),
    // a rebel leader of a nationality is no affiliation with its state
    ("Nicaraguan rebel leader Adolfo Calero spoke.", &[]),
    ("Kremlin spokesman Dmitry Peskov spoke.", &["dmitry-peskov affiliated_with kremlin"]),
    ("Russian President Vladimir Putin spoke.", &["vladimir-putin affiliated_with russia"]),
    // a person's alias with a title ("President Putin") leaves the title to the rules
    ("Russian President Putin spoke.", &["vladimir-putin affiliated_with russia"]),
    ("Democratic Senator Chuck Schumer criticized Trump.", &["chuck-schumer affiliated_with democratic-party", "chuck-schumer criticises donald-trump"]),
    ("Elon Musk, the billionaire Tesla chief, spoke.", &["elon-musk affiliated_with tesla"]),
    ("EU leaders agreed to lend Ukraine 90 billion euros.", &["european-union supports ukraine"]),
    (
        "Iranian Foreign Minister Abbas Araghchi and U.S. special envoy Steve Witkoff held indirect talks in Muscat.",
        &["abbas-araghchi affiliated_with iran", "abbas-araghchi meets steve-witkoff", "steve-witkoff affiliated_with united-states"],
    ),
    ("Turkey offered to host new peace talks between Russia and Ukraine.", &[]),
    ("Peskov said Russia saw no basis for a meeting between Putin and Zelenskiy.", &[]),
    ("Argentina's President Javier Milei, a close Trump ally, stayed away.", &["javier-milei affiliated_with argentina", "javier-milei supports donald-trump"]),
    ("The African Union became a permanent G20 member in 2023.", &["african-union member_of g20"]),
    ("Iran's supreme leader, Ayatollah Ali Khamenei, spoke.", &["ali-khamenei affiliated_with iran"]),
    ("The European Commission fined Apple 500 million euros.", &["european-commission opposes apple"]),
    // the object of an earlier verb does not give what a later noun names
    ("Kim thanked Putin for Russia's support and pledged continued backing for Moscow's war.", &[]),
    ("Mr Okafor later praised Germany for its support of Ukraine.", &["germany supports ukraine"]),
    // a name before a verb is the subject of what is denied
    ("Kremlin denies Putin plans to attack NATO.", &[]),
    ("He denied Kuwait was pumping above its quota.", &[]),
    ("Michael Howard spoke. Mr Howard denied Tim Yeo, his spokesman, said the plans stink.", &[]),
    ("Russia denied the U.S. accusations.", &["russia denies united-states"]),
    // an ambassador's destination is no affiliation
    ("U.S. Ambassador to Israel Mike Huckabee criticized the move.", &["mike-huckabee affiliated_with united-states"]),
    ("The Philippines and Vietnam have protested Chinese actions.", &["philippines criticises china", "vietnam criticises china"]),
    // what a denied or reported claim says is not asserted
    ("Russia denied that it backed Hamas.", &[]),
    ("Varley declined to comment on reports that Barclays held talks with Wells Fargo.", &[]),
    ("Bush website blocked outside US\n\nPresident George W. Bush spoke.", &[]),
    ("TV star David Jason criticised British TV for being too safe.", &[]),
    // one meets people and bodies, not what they own; no talks after a verb that stops them
    ("Jaime Ongpin negotiated with the Philippines' commercial creditors.", &[]),
    // a list coordinated with a plain noun after "between" is in that phrase, no subject
    ("Mulford cited progress in talks between banks and Mexico, as well as negotiations with the Philippines.", &[]),
    ("Mexico held talks with banks and negotiations with the Philippines.", &["mexico meets philippines"]),
    // a nationality and a description before a person: the person is meant
    ("Blair met Russian businessman Boris Zolotov.", &["tony-blair meets person:boris-zolotov"]),
    ("Rafael Nadal now meets Argentine wild card Mariano Puerta.", &["person:rafael-nadal meets person:mariano-puerta"]),
    ("Iran attacked the Saudi Arabian supertanker Arabian Sea.", &["iran opposes saudi-arabia"]),
    ("Blair met Russian officials.", &["russia meets tony-blair"]),
    // the object of a relative clause without commas is not the main clause's subject
    ("Officials who met Putin criticised Xi Jinping.", &[]),
    ("Britain, which backed Ukraine, criticised Russia.", &["united-kingdom criticises russia", "united-kingdom supports ukraine"]),
    // a goalkeeper's saves: the whole list is kept from scoring, not answered
    ("Petr Cech denied Damien Duff, Jiri Jarosik and Mateja Kezman.", &[]),
    (
        "Margaret Thatcher had flown to West Germany from talks with Francois Mitterrand.",
        &["francois-mitterrand meets margaret-thatcher"],
    ),
    // a name after a preposition is in that phrase with its honorific ("According to Mr Sands")
    ("Philippe Sands spoke. According to Mr Sands, the minister had warned Tony Blair.", &[]),
    ("Tony Blair spoke. Mr Blair criticised Jacques Chirac.", &["tony-blair criticises jacques-chirac"]),
    // a nationality's sportspeople are not the state
    ("Michael Johnson accused British sprinters of lacking pride.", &[]),
    // a participle of speech after a comma is said now, outside the modal or negation before it
    ("Britain said it would appeal, accusing France of bias.", &["united-kingdom criticises france"]),
    ("Britain did not attend, accusing France of bias.", &["united-kingdom criticises france"]),
    (
        "Brazilian Finance Minister Dilson Funaro will extend his tour, flying to Japan for talks.",
        &["person:dilson-funaro affiliated_with brazil"],
    ),
    // a possessive and a plain description before a name: the name is meant
    ("Kuwait backed Iran's war enemy Iraq.", &["kuwait supports iraq"]),
    ("Britain criticised Russia's foreign ministry.", &["united-kingdom criticises russia"]),
    // "to attend X and to hold talks with Y": the object of the first verb does not hold them
    ("Chung would leave Monday to attend the IMF meeting and to hold talks with James Baker.", &[]),
    // a group ruling a state is recognised as a state is; a person is not
    ("Russia became the first country to recognise the Taliban in July.", &["russia supports taliban"]),
    ("The jury recognised Charles Kennedy.", &[]),
    // who leads an organisation: the finite passive and the present tense
    ("The Rapid Support Forces is led by Mohamed Hamdan Dagalo.", &["mohamed-hamdan-dagalo affiliated_with rapid-support-forces"]),
    ("Rafael Grossi heads the IAEA.", &["rafael-grossi affiliated_with international-atomic-energy-agency"]),
    ("Lionel Messi led Argentina to the title.", &[]),
    ("Rafael Grossi leads the IAEA team.", &[]),
    // "another"/"a fellow" member; OPEC+ is a group of its own
    ("Kazakhstan, another OPEC+ member, has exceeded its quota.", &["kazakhstan member_of opec-plus"]),
    ("Kazakhstan, another member of NATO, spoke.", &["kazakhstan member_of nato"]),
    ("Turkey, a fellow NATO member, spoke.", &["turkey member_of nato"]),
    ("Fellow OPEC member Venezuela agreed.", &["venezuela member_of opec"]),
    // brushing a charge aside answers it; brushing a team aside does not
    ("Ursula von der Leyen brushed aside Viktor Orban's charge.", &["ursula-von-der-leyen denies viktor-orban"]),
    ("England brushed aside Italy in Rome.", &[]),
    // "a tool of": an insult
    ("Foreign Minister Yvan Gil called the OAS a tool of Washington.", &["person:yvan-gil criticises organization-of-american-states"]),
    ("Claudia Sheinbaum has held regular calls with Donald Trump.", &["claudia-sheinbaum meets donald-trump"]),
    // where a broadcast was monitored is no visit
    ("The Iranian news agency IRNA, received in London, said the offensive began.", &[]),
    ("Putin, received in Beijing with full honours, spoke.", &["china meets vladimir-putin"]),
    // an alternative after "either"/a modal, and what one only can do, are not acts
    ("Either Japan could spend 3 pct of its GNP on defense or give money to the United States.", &[]),
    ("Japan can give money to the United States.", &[]),
    ("Japan spent 3 pct of its GNP on defense or gave money to the United States.", &["japan supports united-states"]),
    // talks one comes for are the subject's, not the object's of the verb before
    ("Putin visited Beijing for talks with Xi Jinping.", &["china meets vladimir-putin", "vladimir-putin meets xi-jinping"]),
    ("Chung will fly to Washington to attend the IMF meeting and for talks with U.S. officials.", &[]),
    ("Wang said this weakened Taiwan's position in talks with Washington.", &["taiwan meets united-states"]),
    // the makers of a subject named between commas, before a perfect passive
    (
        "The plan, which was drawn up by Steve Witkoff and Kirill Dmitriev, has been welcomed by Moscow.",
        &["russia supports kirill-dmitriev", "russia supports steve-witkoff"],
    ),
    // "the company and its chief executive X": the person the list names
    ("Elon Musk sued the company and its chief executive Sam Altman.", &["elon-musk opposes sam-altman"]),
    ("Elon Musk criticised the plan and its effects on Sam Altman.", &[]),
    // a name after "and" and its owner's possessive is coordinated with the one before
    (
        "Pakistan and Afghanistan's Taliban government traded accusations after border clashes.",
        &["pakistan criticises taliban", "taliban criticises pakistan"],
    ),
    // a participle after the object's noun opens a clause of its own
    (
        "U.S. Agriculture Secretary Richard Lyng defended the program saying the United States has the best system.",
        &["person:richard-lyng affiliated_with united-states"],
    ),
    ("Israel attacked the ruling Hamas movement.", &["israel opposes hamas"]),
    // a nationality's buyers are private
    ("Japanese buyers are resisting Qatar's prices.", &[]),
    // what a report says and what one lobbies for are not acts
    ("The Kremlin dismissed as \"nonsense\" a report that Russia was preparing to attack NATO.", &[]),
    ("Eduardo Bolsonaro lobbied the Trump administration to sanction Brazilian judges.", &[]),
    // Indonesians by the first word of the name
    (
        "Indonesian President Prabowo Subianto spoke. Prabowo later travelled to Moscow.",
        &["prabowo-subianto affiliated_with indonesia", "prabowo-subianto meets russia"],
    ),
    // a proposed meeting is not held
    ("Victor Paz Estenssoro proposed a summit meeting with Ronald Reagan.", &[]),
    // aid sought, hoped for or claimed as a right is not given
    ("Poland is seeking aid from the U.S.", &[]),
    ("Poland hopes for support from the U.S.", &[]),
    ("Poland says it has a right to assistance from the U.S.", &[]),
    ("Britain received assistance from the U.S.", &["united-states supports united-kingdom"]),
    ("Labour was right to reject the Tories' idea.", &["labour-party opposes conservative-party"]),
    // the same across a line break of wrapped wire copy
    ("Jaime Ongpin negotiated with the Philippines'\ncommercial creditors.", &[]),
    ("Jaime Ongpin negotiated with the Philippines\non debt.", &["philippines meets person:jaime-ongpin"]),
    // more verbs of support and opposition
    ("Donald Trump hailed Netanyahu as a great leader.", &["donald-trump supports benjamin-netanyahu"]),
    ("Zelenskiy welcomed Germany's decision to send air defence systems.", &["volodymyr-zelensky supports germany"]),
    ("Ireland look forward to welcoming England to Lansdowne Road.", &[]),
    ("Ukraine welcomed Germany's military aid.", &[]),
    ("Russia expelled two British diplomats.", &["russia opposes united-kingdom"]),
    ("Ukraine cut diplomatic ties with Iran.", &["ukraine opposes iran"]),
    ("Toyota severed ties with its Philippine partner.", &[]),
    ("Poland voted against the EU migration pact.", &["poland opposes european-union"]),
    ("The Kremlin rebuffed Trump's proposal.", &["kremlin opposes donald-trump"]),
    // a country before what only a state does is its agent, not a place
    ("Mexico denounced the U.S. strikes on boats.", &["mexico criticises united-states"]),
    ("Nicolas Maduro denounced the U.S. deployment in the Caribbean.", &["nicolas-maduro criticises united-states"]),
    // a country whose forces are named after "the NOUN of" acts
    (
        "Venezuela denounced the deployment of U.S. warships in the Caribbean.",
        &["venezuela criticises united-states"],
    ),
    ("Beijing condemned the presence of American troops.", &["china criticises united-states"]),
    ("Poland condemned the invasion of Ukraine.", &[]),
    ("Moldova welcomed the withdrawal of Russian troops.", &[]),
    ("China criticised the US tariffs.", &["china criticises united-states"]),
    ("Iran condemned the Iraq war.", &[]),
    // a given name, a middle name and the surname make one person
    (
        "Venezuelan opposition leader Maria Corina Machado won. Marco Rubio congratulated Machado.",
        &["maria-corina-machado affiliated_with venezuela", "marco-rubio supports maria-corina-machado"],
    ),
    ("One official blamed Washington for obstructing talks with the World Bank.", &[]),
    (
        "The European Community was joined by the United States in criticising Brazil.",
        &["european-community criticises brazil", "united-states criticises brazil"],
    ),
    ("Turkey's ambassador was due to meet Prime Minister Andreas Papandreou.", &[]),
    (
        "Chinese President Xi Jinping met Trump, who later praised Xi.",
        &["donald-trump meets xi-jinping", "donald-trump supports xi-jinping", "xi-jinping affiliated_with china"],
    ),
    ("Ukraine's President Volodymyr Zelensky spoke.", &["volodymyr-zelensky affiliated_with ukraine"]),
    ("Hungary's Viktor Orban spoke.", &["viktor-orban affiliated_with hungary"]),
    ("Slovakia's new premier, Robert Fico, spoke.", &["robert-fico affiliated_with slovakia"]),
    // a sentence opening with "He"/"She" is about the person named in the sentence before
    // (the speaker, if a quote names others first)
    (
        "Mexican President Andres Manuel Lopez Obrador spoke. He met Antony Blinken in Mexico City.",
        &["andres-manuel-lopez-obrador affiliated_with mexico", "andres-manuel-lopez-obrador meets antony-blinken"],
    ),
    (
        "\"They follow Donald Trump,\" Chuck Schumer told reporters. He criticised Mitch McConnell.",
        &["chuck-schumer criticises mitch-mcconnell"],
    ),
    ("He criticised Germany.", &[]),
    // so is a "he"/"she" after a short opening phrase, when the sentence before opened with that person
    (
        "President Alan Garcia said he would limit repayments. In a televised address tonight, he criticised the World Bank.",
        &["person:alan-garcia criticises world-bank"],
    ),
    ("President Alan Garcia spoke. But on Monday he criticised the World Bank.", &["person:alan-garcia criticises world-bank"]),
    ("President Alan Garcia spoke. However, he criticised the World Bank.", &["person:alan-garcia criticises world-bank"]),
    // (not a pronoun inside a clause of its own, nor after a sentence the person did not open)
    ("President Alan Garcia spoke. When he arrived, he criticised the World Bank.", &[]),
    ("President Alan Garcia spoke. Asked whether he would back the World Bank, officials declined.", &[]),
    ("The minister on Sunday praised Alan Garcia. But he criticised the World Bank.", &[]),
    // (a list of titled people: "and Commerce" is no company name's end)
    (
        "Joe Clark held talks with George Shultz and Commerce Secretary Malcolm Baldrige.",
        &["person:joe-clark meets person:george-shultz", "person:joe-clark meets person:malcolm-baldrige"],
    ),
    (
        "Joe Clark held talks with Jacques Delors, Finance Minister Gerhard Stoltenberg and Treasury Secretary James Baker.",
        &[
            "person:joe-clark meets person:gerhard-stoltenberg",
            "person:joe-clark meets person:jacques-delors",
            "person:joe-clark meets person:james-baker",
        ],
    ),
    // (a weekday after a name is a time, not part of the name)
    (
        "Jacques Delors met U.S. Treasury Secretary James Baker Monday in Frankfurt.",
        &["person:jacques-delors meets person:james-baker", "person:james-baker affiliated_with us-treasury"],
    ),
    // an apposition between the subject and its verb ("Iran, an OPEC member …, criticised")
    ("Iran, an OPEC member under U.S. sanctions, criticised Washington.", &["iran criticises united-states", "iran member_of opec"]),
    (
        "Viktor Orban, the Kremlin's closest partner in the EU, criticised NATO.",
        &["viktor-orban criticises nato"],
    ),
    // an apposition describing a group as backed by someone; applying to join is an aim
    ("Hezbollah, the Iranian-backed militant group, fired rockets.", &["iran supports hezbollah"]),
    ("Moldova applied to join the European Union.", &[]),
    // the clause after a verb of saying has its own subject (or a pronoun for the speaker)
    ("Jacques Delors said the EC strongly backed China's application.", &[]),
    ("Russia said on Monday it backed Serbia.", &["russia supports serbia"]),
    // one meets people and bodies, not what they own; "stopped short of" negates
    ("Canada met Mexico's demands.", &[]),
    ("Japan stopped short of endorsing Germany's plan.", &[]),
    // praise and defence support; "defending champion" is a title, not the verb
    ("U.S. Commerce Secretary Malcolm Baldrige praised South Korea's trade policies.", &["person:malcolm-baldrige affiliated_with united-states", "person:malcolm-baldrige supports south-korea"]),
    ("Mexico defended Cuba at the summit.", &["mexico supports cuba"]),
    ("The American top seed and defending champion overcame Germany's Tommy Haas.", &["person:tommy-haas affiliated_with germany"]),
    ("Paraguay welcomed Bolivia as a full member of Mercosur.", &["bolivia member_of mercosur"]),
    // a list ends with the item after "and"; a name that speaks after a comma starts a clause
    (
        "Keir Starmer spoke with Volodymyr Zelensky and Emmanuel Macron, Downing Street said.",
        &["emmanuel-macron meets keir-starmer", "keir-starmer meets volodymyr-zelensky"],
    ),
    // a country before a noun it often modifies is not the object, even in a one-noun headline
    ("Kenya's William Ruto hosts Sudan talks", &["william-ruto affiliated_with kenya"]),
    ("EU antitrust chief Margrethe Vestager spoke.", &["margrethe-vestager affiliated_with european-union"]),
    // a country and a description before an institution: the institution is meant
    ("Barclays held merger talks with US bank Wells Fargo.", &["barclays meets wells-fargo"]),
    ("Germany criticised Russian energy giant Gazprom.", &["germany criticises gazprom"]),
    // the object of a verb before "and" is not the subject of the verb after it
    (
        "Russian envoy Yunus-Bek Yevkurov visited Niamey and met Abdourahamane Tiani.",
        &[
            "abdourahamane-tiani meets person:yunus-bek-yevkurov",
            "niger meets person:yunus-bek-yevkurov",
            "person:yunus-bek-yevkurov affiliated_with russia",
        ],
    ),
    ("Germany criticised Poland and then accused Hungary of lying.", &["germany criticises hungary", "germany criticises poland"]),
    // a rank between the comma and the name; modifiers such as "external", "current"
    ("Pakistan's army chief, General Asim Munir, spoke.", &["asim-munir affiliated_with pakistan"]),
    ("Indian External Affairs Minister Subrahmanyam Jaishankar spoke.", &["subrahmanyam-jaishankar affiliated_with india"]),
    (
        "Bola Tinubu, the current chair of ECOWAS, spoke.",
        &["bola-tinubu affiliated_with economic-community-of-west-african-states"],
    ),
    (
        "Samuel Charap, an analyst at the RAND Corporation, spoke.",
        &["person:samuel-charap affiliated_with rand-corporation"],
    ),
    (
        "Charles Kupchan, senior fellow at the Council on Foreign Relations, said so.",
        &["person:charles-kupchan affiliated_with council-on-foreign-relations"],
    ),
    // a portfolio or a unit before "at ORG" is not the employer
    (
        "Richard Gowan, UN director at the International Crisis Group, said so.",
        &["person:richard-gowan affiliated_with international-crisis-group"],
    ),
    (
        "James Nixey, director of the Russia and Eurasia programme at Chatham House, said so.",
        &["person:james-nixey affiliated_with chatham-house"],
    ),
    (
        "Nigel Gould-Davies, a senior fellow for Russia and Eurasia at the International Institute for Strategic Studies, said so.",
        &["nigel-gould-davies affiliated_with iiss"],
    ),
    (
        "Olga Oliker, program director for Europe and Central Asia at the International Crisis Group, said so.",
        &["person:olga-oliker affiliated_with international-crisis-group"],
    ),
    ("Eugene Rumer, director of the Russia and Eurasia program, said so.", &[]),
    // who governs a state, named by its seat, stands for it
    (
        "Turkish President Recep Tayyip Erdogan, a key backer of the new government in Damascus, welcomed the meeting.",
        &["recep-tayyip-erdogan affiliated_with turkey", "recep-tayyip-erdogan supports syria"],
    ),
    ("Russia backed the regime in Tehran.", &["russia supports iran"]),
    // a judgement in a relative clause on what someone said
    (
        "Sanae Takaichi told parliament that an attack on Taiwan could threaten Japan's survival, remarks that Beijing called \"provocative\".",
        &["china criticises sanae-takaichi"],
    ),
    ("Sanae Takaichi's comments, which Beijing called irresponsible, angered Tokyo.", &["china criticises sanae-takaichi"]),
    ("Sanae Takaichi made remarks that Beijing called provocative.", &["china criticises sanae-takaichi"]),
    ("Sanae Takaichi made remarks that Beijing called important.", &[]),
    // (and on what someone asked for, by the one who asked)
    (
        "Benjamin Netanyahu asked Isaac Herzog to pardon him, a request that opposition leader Yair Lapid called \"a disgrace\".",
        &["yair-lapid criticises benjamin-netanyahu"],
    ),
    // quotes around a judgement
    (
        "Dmitry Medvedev, deputy chairman of Russia's Security Council, called Macron a \"clown\".",
        &["dmitry-medvedev affiliated_with russia", "dmitry-medvedev criticises emmanuel-macron"],
    ),
    // a person's aide or envoy acts, not the person
    ("Macron and Starmer rally as Trump envoy meets Putin", &[]),
    // an organisation's commission heads with it
    (
        "ECOWAS Commission President Omar Touray said the door remained open.",
        &["person:omar-touray affiliated_with economic-community-of-west-african-states"],
    ),
    (
        "Burkina Faso's leader Captain Ibrahim Traore has accused Ivory Coast of harbouring plotters, a charge Abidjan rejects.",
        &[
            "ibrahim-traore affiliated_with burkina-faso",
            "ibrahim-traore criticises ivory-coast",
            "ivory-coast denies ibrahim-traore",
        ],
    ),
    // a noun after a participle opening a clause aims at the main clause's subject
    (
        "Viktor Orban met Vladimir Putin in Moscow last year, drawing criticism from EU leaders.",
        &["european-union criticises viktor-orban", "viktor-orban meets vladimir-putin"],
    ),
    (
        "U.S. Treasury Secretary Scott Bessent, who led the negotiations with Chinese Vice Premier He Lifeng, said the deal would hold.",
        &[
            "he-lifeng affiliated_with china",
            "he-lifeng meets scott-bessent",
            "scott-bessent affiliated_with us-treasury",
        ],
    ),
    (
        "Marco Rubio has been in contact with Russian Foreign Minister Sergei Lavrov, a spokesperson said.",
        &["marco-rubio meets sergey-lavrov", "sergey-lavrov affiliated_with russia"],
    ),
    // a stance noun after "both" holds for the whole list
    (
        "Japan and South Korea, both U.S. allies, welcomed the truce.",
        &["japan supports united-states", "south-korea supports united-states"],
    ),
    // (a dot inside an organisation's name does not end the apposition)
    (
        "\"Time is on his side,\" said Tatiana Stanovaya, founder of the firm R.Politik and a senior fellow at the Carnegie Russia Eurasia Center.",
        &["tatiana-stanovaya affiliated_with carnegie-russia-eurasia-center"],
    ),
    // denying what one is accused of answers the accuser
    (
        "The United States accused China of supporting Russia, which Beijing denied.",
        &["china denies united-states", "united-states criticises china"],
    ),
    // the object of a negated verb is no subject for a pronoun after it
    (
        "Benjamin Netanyahu did not criticise Donald Trump, but he attacked Joe Biden.",
        &["benjamin-netanyahu criticises joe-biden"],
    ),
    // an appeal or a request for help is no help given
    ("Brazil made an appeal for bridging loans from the BIS.", &[]),
    ("Brazil received bridging loans from the BIS.", &["bank-for-international-settlements supports brazil"]),
    // a headline in title case: its capitals hide no modal ("Offers to", "May")
    ("Turkish President Recep Tayyip Erdogan Offers to Host Russia-Ukraine Talks", &["recep-tayyip-erdogan affiliated_with turkey"]),
    (
        "Recep Tayyip Erdogan made the offer in a call with Russian President Vladimir Putin.",
        &["recep-tayyip-erdogan meets vladimir-putin", "vladimir-putin affiliated_with russia"],
    ),
    (
        "Oleksandr Merezhko belongs to Volodymyr Zelenskiy's Servant of the People party.",
        &["volodymyr-zelensky affiliated_with servant-of-the-people"],
    ),
    // a charge called absurd is denied; a plan called absurd is criticised
    ("Moscow called the British allegations \"absurd\".", &["russia denies united-kingdom"]),
    ("Moscow called the British plan absurd.", &["russia criticises united-kingdom"]),
    ("Pakistan shot down Indian jets.", &["pakistan opposes india"]),
    // a meeting still planned or called off has not happened
    ("The summit between Russia and the United States was planned for May.", &[]),
    ("Talks with Iran are scheduled to resume, France said.", &[]),
    ("A meeting between Donald Trump and Xi Jinping took place in Busan.", &["donald-trump meets xi-jinping"]),
    // export controls, restrictions, embargoes imposed on a country oppose it
    ("Beijing imposed export controls on Japan.", &["china opposes japan"]),
    ("Washington imposed an embargo on Cuba.", &["united-states opposes cuba"]),
    // an adjective before the envoy's country
    (
        "Denmark summoned the top U.S. diplomat in Copenhagen on Wednesday.",
        &["denmark criticises united-states"],
    ),
    // "what it called X": X
    ("Russia condemned what it called U.S. \"gunboat diplomacy\".", &["russia criticises united-states"]),
    // a preposition said again in a list
    (
        "Marco Rubio spoke with Subrahmanyam Jaishankar and with Shehbaz Sharif.",
        &["marco-rubio meets shehbaz-sharif", "marco-rubio meets subrahmanyam-jaishankar"],
    ),
    // who leads or brokers what is welcomed or criticised owns it
    ("The African Union welcomed the U.S.-led initiative.", &["african-union supports united-states"]),
    ("France criticised the U.S.-led strikes.", &["france criticises united-states"]),
    ("Syria will join the U.S.-led coalition.", &[]),
    // sanctions lifted, eased or suspended oppose no one
    ("Trump announced the suspension of remaining U.S. sanctions on Damascus.", &[]),
    ("Washington agreed to the removal of sanctions on Iran.", &[]),
    ("The United States eased sanctions on Belarus.", &[]),
    ("The United States imposed sanctions on Syria.", &["united-states opposes syria"]),
    // the object of a participle opening a clause is no subject of what follows
    (
        "Israel struck Beirut on Sunday, killing a senior Hezbollah commander, in the heaviest attack on the Lebanese capital in a year.",
        &["israel opposes lebanon"],
    ),
    // a region or portfolio written with capitals inside the title
    (
        "Alan Boswell, Horn of Africa project director at the International Crisis Group, said so.",
        &["person:alan-boswell affiliated_with international-crisis-group"],
    ),
    (
        "Monica Chadha, BBC Delhi reporter, said air travel had increased.",
        &["person:monica-chadha affiliated_with bbc"],
    ),
    // (not a country opening a company's name)
    ("Chris Stening, UK Online general manager, said so.", &[]),
    ("Laurent Thiebeault, Canadian Manufacturers Association president, said so.", &[]),
    // a second role after "and", with its own organisation
    (
        "Alicia Garcia-Herrero, chief Asia-Pacific economist at Natixis and a senior fellow at Bruegel, said so.",
        &[
            "person:alicia-garcia-herrero affiliated_with bruegel",
            "person:alicia-garcia-herrero affiliated_with natixis",
        ],
    ),
    (
        "Rep David Obey, a Wisconsin Democrat and former chairman of the Joint Economic Committee, said so.",
        &["person:david-obey affiliated_with democratic-party"],
    ),
    (
        "\"It is a bet,\" said Camille Grand, a distinguished policy fellow at the European Council on Foreign Relations.",
        &["person:camille-grand affiliated_with ecfr"],
    ),
    // (not the role of the next person in a list)
    (
        "They met Chancellor Nigel Lawson, Foreign Secretary Geoffrey Howe and Governor of the Bank of England Robin Leigh-Pemberton.",
        &[]),
    (
        "Sergei Karaganov, honorary chairman of the Council on Foreign and Defense Policy, spoke.",
        &["person:sergei-karaganov affiliated_with council-on-foreign-and-defense-policy"],
    ),
    // "now at": where the person works today, beside the former role
    (
        "Fiona Hill, a former White House adviser now at the Brookings Institution, said so.",
        &["fiona-hill affiliated_with brookings-institution", "fiona-hill affiliated_with white-house"],
    ),
    ("Fiona Hill, now at the Brookings Institution, said so.", &["fiona-hill affiliated_with brookings-institution"]),
    // guards: a role of a country's unit keeps the country; an owner is not the employer
    (
        "Ivo Daalder, a former U.S. ambassador to NATO, said so.",
        &["ivo-daalder affiliated_with united-states"],
    ),
    ("Jane Doe, a director at the UN's refugee agency, said so.", &[]),
    // "ROLE of X, NAME": the person holds the role; one meets the person, not X
    (
        "Erdogan met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Ankara.",
        &["recep-tayyip-erdogan meets tamim-bin-hamad-al-thani", "tamim-bin-hamad-al-thani affiliated_with qatar"],
    ),
    (
        "Erdogan met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Ankara.",
        &["recep-tayyip-erdogan meets tamim-bin-hamad-al-thani", "tamim-bin-hamad-al-thani affiliated_with qatar"],
    ),
    ("Erdogan met the Emir of Qatar in Ankara.", &["qatar meets recep-tayyip-erdogan"]),
    (
        "The line has the support of the Mayor of London, Ken Livingstone, and business groups.",
        &[],
    ),
    // a verb after "and" shares the subject of the verb before, not its object behind a rank
    (
        "Erdogan spoke with Sheikh Tamim bin Hamad Al Thani and expressed solidarity with Doha.",
        &["recep-tayyip-erdogan meets tamim-bin-hamad-al-thani", "recep-tayyip-erdogan supports qatar"],
    ),
    (
        "Erdogan met Sheikh Tamim bin Hamad Al Thani, the Emir of Qatar, and praised Doha.",
        &[
            "recep-tayyip-erdogan meets tamim-bin-hamad-al-thani",
            "recep-tayyip-erdogan supports qatar",
            "tamim-bin-hamad-al-thani affiliated_with qatar",
        ],
    ),
    // political labels inside a title
    (
        "Israel's far-right National Security Minister Itamar Ben-Gvir criticised the Palestinian Authority.",
        &["itamar-ben-gvir affiliated_with israel", "itamar-ben-gvir criticises palestinian-authority"],
    ),
    // "NAME of ORG": the phrase ends at the name (not a capital, a longer name or an owner)
    (
        "Scotland's First Minister John Swinney of the Scottish National Party urged a vote.",
        &["john-swinney affiliated_with scotland", "john-swinney affiliated_with snp"],
    ),
    ("Keir Starmer of Labour met Trump.", &["donald-trump meets keir-starmer", "keir-starmer affiliated_with labour-party"]),
    ("Prime Minister Robert Mugabe of Zimbabwe said so.", &["robert-mugabe affiliated_with zimbabwe"]),
    ("It was led by Robert Mugabe of London.", &[]),
    ("Robert Mugabe of the Australia and New Zealand Banking Group said so.", &[]),
    ("Trump reminded Robert Mugabe of Ukraine's plight.", &[]),
    ("Trump told Robert Mugabe of the NATO decision.", &[]),
    // lower-case labels between the role's "of" and the organisation
    (
        "Nigel Farage, leader of the right-wing Reform UK party, spoke.",
        &["nigel-farage affiliated_with reform-uk"],
    ),
    ("John Poindexter, then head of the National Security Council, spoke.", &["person:john-poindexter affiliated_with us-national-security-council"]),
    // the title is the next person's when a name follows it
    ("Oliver North, then head of the CIA William Casey and Thatcher met.", &[]),
    ("Oliver North, then head of the CIA, met Thatcher.", &["person:oliver-north affiliated_with cia"]),
    (
        "Henrik Landerholm, Swedish National Security Advisor, agreed.",
        &["person:henrik-landerholm affiliated_with sweden"],
    ),
    (
        "French President Emmanuel Macron and German Chancellor Olaf Scholz met.",
        &["emmanuel-macron affiliated_with france", "emmanuel-macron meets olaf-scholz", "olaf-scholz affiliated_with germany"],
    ),
    ("Antony Blinken said at the World Economic Forum that talks were off.", &[]),
    ("Sergei Lavrov met Ignazio Cassis at the United Nations.", &["ignazio-cassis meets sergey-lavrov"]),
    (
        "Sergei Lavrov met his Swiss counterpart Ignazio Cassis.",
        &["ignazio-cassis affiliated_with switzerland", "ignazio-cassis meets sergey-lavrov"],
    ),
    // --- reported speech and nesting ---
    ("Antony Blinken said Russia backed North Korea.", &["russia supports north-korea"]),
    ("Officials said Denmark condemned Iran.", &["denmark criticises iran"]),
    ("Robert Fico, who has vowed to veto Kyiv's application to NATO, spoke.", &["robert-fico opposes ukraine"]),
    ("Lithuania thanked Estonia.", &[]),
    // the one thanked for support gave it
    ("Lithuania thanked Estonia and Latvia for their support.", &["estonia supports lithuania", "latvia supports lithuania"]),
    (
        "Aleksandar Vucic spoke in Belgrade. He thanked Russian President Vladimir Putin for his support.",
        &["vladimir-putin affiliated_with russia", "vladimir-putin supports aleksandar-vucic"],
    ),
    ("Poland thanked Estonia for its patience and backed Latvia.", &["poland supports latvia"]),
    // --- modifiers ---
    ("The pro-Kremlin Valdai Discussion Club met.", &["valdai-discussion-club supports kremlin"]),
    ("Israel struck the Iran-backed group Hezbollah.", &["iran supports hezbollah", "israel opposes hezbollah"]),
    // a name without its first word is still the gazetteer's person, title and all
    ("Turkey's President Tayyip Erdogan spoke.", &["recep-tayyip-erdogan affiliated_with turkey"]),
    ("Israel struck the Iran-backed Hezbollah.", &["iran supports hezbollah", "israel opposes hezbollah"]),
    // --- membership with implicit object, and false membership ---
    (
        "The war reinvigorated NATO, with Finland and Sweden abandoning neutrality to join.",
        &["finland member_of nato", "sweden member_of nato"],
    ),
    ("Ukraine's eventual NATO membership was discussed.", &[]),
    // --- precision guards found on real news ---
    ("The US cannot support Gordon Brown's plan.", &[]),
    ("Zambia will host Malawi in June.", &[]),
    ("Cherie Blair criticised Angela Merkel.", &[]),
    ("Denmark condemned the Iraq war.", &[]),
    (
        "Poland and Lithuania have backed Ukraine's bid to join NATO.",
        &["lithuania supports ukraine", "poland supports ukraine"],
    ),
    // the body after the country's possessive, not the country
    ("Tony Blair, a member of the UK's House of Commons, spoke.", &["tony-blair affiliated_with house-of-commons"]),
    ("Labour rebels joined the Conservative Party in the vote.", &[]),
    // a verb form used as a noun before a name is a role, not the verb
    ("Brazilian radio host Maria Lopez spoke.", &[]),
    ("The French president met Vladimir Putin.", &["france meets vladimir-putin"]),
    ("France hosts Vladimir Putin.", &["france meets vladimir-putin"]),
    ("Former chatshow host Mr Vladimir Putin spoke to France.", &[]),
    ("Vladimir Putin, host of a French chat show, spoke.", &[]),
    ("The Polish forwards set a platform for the backs by beating the French pack.", &[]),
    ("Germany said full-back Olaf Scholz would start.", &[]),
    ("Spain welcomed the visit of Olaf Scholz.", &[]),
    ("Olaf Scholz spoke after a meeting with Vladimir Putin.", &["olaf-scholz meets vladimir-putin"]),
    ("Hungary has re-joined NATO.", &["hungary member_of nato"]),
    // a capital before a city office is the city, not the country
    ("Paris mayor Anne Hidalgo criticised Germany.", &["person:anne-hidalgo criticises germany"]),
    ("Anne Hidalgo, mayor of Paris, spoke.", &[]),
    // a country before two common nouns (headlines) modifies them; an organisation is their owner
    ("Sweden dismisses Iraq advice calls.", &[]),
    ("Germany criticised NATO spending plans.", &["germany criticises nato"]),
    ("Ireland backed Canada twice.", &["ireland supports canada"]),
    // a list of titled people is not an apposition
    ("Emmanuel Macron, German Chancellor Olaf Scholz and Xi Jinping spoke.", &["olaf-scholz affiliated_with germany"]),
    // a clause word ends the search for an object even where titles may contain it
    (
        "Mexico rejected such action and Mexican finance minister Gustavo Petricioli spoke.",
        &["person:gustavo-petricioli affiliated_with mexico"],
    ),
    // a country inside a company's name ("Texaco Canada")
    ("Texaco Canada chief executive Peter Bijur spoke.", &[]),
    ("GM Canada president George Peapples spoke.", &[]),
    ("National Bank of Hungary first vice president Janos Fekete spoke.", &[]),
    (
        "Michael Seibel, Bank of America vice-president, spoke.",
        &["person:michael-seibel affiliated_with bank-of-america"],
    ),
    ("Sergei Lavrov, Foreign Minister of Russia, spoke.", &["sergey-lavrov affiliated_with russia"]),
    // a clerical title is not a given name
    ("Iranian Speaker Hojatoleslam Akbar Hashemi Rafsanjani spoke.", &[]),
    // a hyphen between title words is part of the title
    ("UN Secretary-General Antonio Guterres spoke.", &["antonio-guterres affiliated_with united-nations"]),
    (
        "IAEA Director-General Rafael Grossi spoke.",
        &["rafael-grossi affiliated_with international-atomic-energy-agency"],
    ),
    // a government or ministry word inside a title
    ("Russia's foreign ministry spokeswoman Maria Zakharova spoke.", &["maria-zakharova affiliated_with russia"]),
    ("Israeli government spokesman Eylon Levy spoke.", &["person:eylon-levy affiliated_with israel"]),
    // the subject stands before a relative clause, not inside it
    (
        "Iran, which supports Hamas and Hezbollah, condemned the Israeli strikes.",
        &["iran criticises israel", "iran supports hamas", "iran supports hezbollah"],
    ),
    (
        "Antonio Guterres, who met Olaf Scholz in Berlin, criticised Israel.",
        &["antonio-guterres criticises israel", "antonio-guterres meets olaf-scholz"],
    ),
    // "a critic of X", "an opponent of X"; a noun after "critic of" is not the subject's
    ("Alexei Navalny, a fierce critic of the Kremlin, died.", &["alexei-navalny criticises kremlin"]),
    ("Boris Johnson, an opponent of the European Union, spoke.", &["boris-johnson opposes european-union"]),
    ("Hungary, a critic of Western aid to Kyiv, vetoed the plan.", &[]),
    // a support noun after a verb that doubts or stops it is not the subject's
    ("Donald Trump has repeatedly questioned aid to Kyiv.", &[]),
    ("Hungary blocked the military aid to Ukraine.", &[]),
    ("Hungary's Viktor Orban, who has long resisted aid for Kyiv, spoke.", &["viktor-orban affiliated_with hungary"]),
    ("Donald Trump has repeatedly promised aid to Kyiv.", &["donald-trump supports ukraine"]),
    // the subject of a relative clause is what the clause is about
    ("Sudan blamed the army, which is backed by Egypt.", &[]),
    ("Sudan blamed Libya, which is backed by Egypt.", &["egypt supports libya", "sudan criticises libya"]),
    ("An IMF delegation, which visited Israel, left.", &["international-monetary-fund meets israel"]),
    ("The French government (15%), who also support Mr Macron, spoke.", &["france supports emmanuel-macron"]),
    ("Chile and Peru, who opposed Brazil's plan, left.", &["chile opposes brazil", "peru opposes brazil"]),
    // the agent of the object noun is the target
    (
        "China condemned a speech by Taiwan President Lai Ching-te.",
        &["china criticises lai-ching-te", "lai-ching-te affiliated_with taiwan"],
    ),
    ("Germany rejected the plan by France.", &["germany opposes france"]),
    ("Spain rejected the plan by a wide margin in Italy.", &[]),
    ("Poland backed the bid by Swedish group Aga.", &[]),
    ("Donald Tusk rejected claims by Moscow.", &["donald-tusk denies russia"]),
    (
        "Nicolas Maduro dismissed calls from the United States and the European Union, accusing Washington of backing a coup.",
        &["nicolas-maduro criticises united-states", "nicolas-maduro denies european-union", "nicolas-maduro denies united-states"],
    ),
    ("In London, the U.S. was supported by Japan.", &["japan supports united-states"]),
    // a participle after a comma shares the subject of the verb before, not its object
    (
        "Iran's Foreign Minister Abbas Araqchi criticised Rafael Grossi, accusing the IAEA of bias.",
        &[
            "abbas-araghchi affiliated_with iran",
            "abbas-araghchi criticises international-atomic-energy-agency",
            "abbas-araghchi criticises rafael-grossi",
        ],
    ),
    ("Brazil, accusing Argentina of dumping, raised tariffs.", &["brazil criticises argentina"]),
    // an apposition after the agent is not a second agent
    (
        "Friedrich Merz was backed by Lars Klingbeil, the SPD co-leader.",
        &["lars-klingbeil affiliated_with spd", "lars-klingbeil supports friedrich-merz"],
    ),
    ("Ukraine was backed by Poland, Lithuania and Latvia.", &["latvia supports ukraine", "lithuania supports ukraine", "poland supports ukraine"]),
    ("Ukraine was backed by Poland, Lithuania, and Latvia.", &["latvia supports ukraine", "lithuania supports ukraine", "poland supports ukraine"]),
    // the agent of what is condemned, and the organisation that owns it
    (
        "Brazil condemned the 50% tariffs imposed by U.S. President Donald Trump.",
        &["brazil criticises donald-trump", "donald-trump affiliated_with united-states"],
    ),
    ("Antonio Guterres condemned the M23 offensive.", &["antonio-guterres criticises m23"]),
    ("Kenya rejected the IMF proposal.", &["kenya opposes international-monetary-fund"]),
    ("Egypt condemned the Gaza attack.", &[]),
    ("Egypt joined the NATO summit.", &[]),
    // membership from "member" after the organisation
    ("Croatia, an EU and NATO member, criticised Serbia.", &["croatia criticises serbia", "croatia member_of european-union", "croatia member_of nato"]),
    ("Turkey is a NATO member.", &["turkey member_of nato"]),
    ("Fellow NATO member Turkey and EU member states Poland and Hungary spoke.", &["hungary member_of european-union", "poland member_of european-union", "turkey member_of nato"]),
    ("Finland and Sweden, NATO's newest members, sent jets.", &["finland member_of nato", "sweden member_of nato"]),
    ("Sweden is NATO's 32nd member.", &["sweden member_of nato"]),
    ("Egypt and Ethiopia were admitted to BRICS in 2024.", &["egypt member_of brics", "ethiopia member_of brics"]),
    // the two sides of a hyphen before "talks" meet
    ("Russia-Ukraine talks stall in Istanbul", &["russia meets ukraine"]),
    ("US-China trade talks resume.", &["china meets united-states"]),
    ("The Iran-backed group held talks.", &[]),
    // attacks and strikes oppose whom they are aimed at, when the text names them
    ("Russia launched a massive drone attack on Ukraine.", &["russia opposes ukraine"]),
    ("Israel carried out strikes on Iran.", &["israel opposes iran"]),
    ("Workers held strikes in France.", &[]),
    ("Caspar Weinberger sought air cover against attacks by Iran.", &[]),
    ("Britain, the EU's former member, and Norway, NATO's northern flank, spoke.", &[]),
    ("Britain, a former EU member, and non-NATO member Austria spoke.", &[]),
    // a gerund after the verb has its own object
    ("The Taliban have denied sheltering the Pakistani Taliban.", &[]),
    ("Rwanda denied backing M23.", &[]),
    ("David Campese berates whingeing England.", &["person:david-campese criticises england"]),
    ("Kenya met visiting Chinese Premier Li Qiang.", &["kenya meets li-qiang", "li-qiang affiliated_with china"]),
    // the object of a verb with its article before "and" is not the next verb's subject
    // (praising a country's plan backs its maker)
    (
        "Viktor Orban praised the U.S. plan and criticised Brussels.",
        &["viktor-orban criticises european-union", "viktor-orban supports united-states"],
    ),
    ("Cuba and Russia expressed solidarity with Venezuela.", &["cuba supports venezuela", "russia supports venezuela"]),
    ("Claudia Sheinbaum opposed any intervention in Latin America.", &[]),
    // tariffs and threats oppose; protests criticise; an ally before a name supports
    ("Trump slapped tariffs on Canada and Mexico.", &["donald-trump opposes canada", "donald-trump opposes mexico"]),
    ("The United States imposed new tariffs on China.", &["united-states opposes china"]),
    ("Trump threatened Canada with new tariffs.", &["donald-trump opposes canada"]),
    ("South Korea protested to Japan over the textbook.", &["south-korea criticises japan"]),
    ("Russia's ally Belarus and key U.S. ally Japan spoke.", &["belarus supports russia", "japan supports united-states"]),
    ("Russian allies Belarus and Iran spoke.", &["belarus supports russia", "iran supports russia"]),
    // a preposition is a title word only after one ("met Secretary of State X"): the one
    // killed is not condemned, the killer is
    ("Iran condemned the killing of Hassan Nasrallah by Israel.", &["iran criticises israel"]),
    ("Israel and Hamas accused each other of violating the truce.", &["hamas criticises israel", "israel criticises hamas"]),
    ("Iran's supreme leader Ali Khamenei praised Hezbollah.", &["ali-khamenei affiliated_with iran", "ali-khamenei supports hezbollah"]),
    ("The IMF has approved a $3 billion loan for Egypt.", &["international-monetary-fund supports egypt"]),
    ("Japan and South Korea agreed to strengthen ties, with Washington's backing.", &["united-states supports japan", "united-states supports south-korea"]),
    ("Joe Biden spoke to reporters in a telephone call from Paris.", &[]),
    ("A spokesman told Reuters that a loan from Japan would be used.", &[]),
    // a denied charge: the one who denies it answers the accuser
    ("Russia accused Ukraine of shelling the plant. Ukraine denied the charge.", &["russia criticises ukraine", "ukraine denies russia"]),
    ("India blamed Pakistan for the attack. Islamabad has denied any involvement.", &["india criticises pakistan", "pakistan denies india"]),
    ("Russia accused Ukraine of shelling the plant. Poland denied the charge.", &["russia criticises ukraine"]),
    // (also past one sentence that makes no charge of its own; not past two)
    (
        "Russia accused Ukraine of shelling the plant. It was cold. Ukraine denied the charge.",
        &["russia criticises ukraine", "ukraine denies russia"],
    ),
    ("Russia accused Ukraine of shelling the plant. It was cold. It rained. Ukraine denied the charge.", &["russia criticises ukraine"]),
    (
        "India blamed Pakistan for the attack, and Pakistan rejected the accusation as baseless.",
        &["india criticises pakistan", "pakistan denies india"],
    ),
    ("Iran accused Israel of the strike; Israel dismissed accusations of involvement.", &["iran criticises israel", "israel denies iran"]),
    ("Pakistan rejected the claims.", &[]),
    // "visit by X" is a noun, not a passive
    ("Trump welcomed Xi Jinping, the first visit by a Chinese leader in a decade.", &["donald-trump meets xi-jinping"]),
    ("Ukraine was backed up by the United States and Japan.", &["japan supports ukraine", "united-states supports ukraine"]),
    (
        "Pakistan accused New Delhi of backing the TTP, a charge India rejected.",
        &["india denies pakistan", "pakistan criticises india"],
    ),
    ("Iran blamed Israel for the attack, an allegation that Israel has denied.", &["iran criticises israel", "israel denies iran"]),
    // (the TTP is known since the gazetteer names the Pakistani Taliban: the sentence's own claim stays)
    ("Pakistan backed the TTP, a charge India rejected.", &["pakistan supports tehrik-i-taliban-pakistan"]),
    // the accused by a pronoun or a description
    (
        "Israel has accused Hezbollah of rebuilding its arsenal, a charge it denies.",
        &["hezbollah denies israel", "israel criticises hezbollah"],
    ),
    (
        "Israel has accused Hezbollah of rebuilding its arsenal, a charge the group denies.",
        &["hezbollah denies israel", "israel criticises hezbollah"],
    ),
    ("Israel struck Hezbollah, a charge it denies.", &["israel opposes hezbollah"]),
    // a titled person after a preposition is no subject, nor the titles' organisation; a
    // person before "who" is the subject of the relative clause
    (
        "China's envoy wrote to U.N. Secretary-General Antonio Guterres accusing Japan of threatening force.",
        &["antonio-guterres affiliated_with united-nations", "china criticises japan"],
    ),
    (
        "Bank of Zambia general manager Michael Mwape has accused the International Monetary Fund of ignoring the poor.",
        &["person:michael-mwape criticises international-monetary-fund"],
    ),
    (
        "The blame lay with Treasury Secretary Samuel Charap who had publicly criticised West Germany.",
        &["person:samuel-charap criticises germany"],
    ),
    (
        "Talks were held with Turkey's ambassador to Athens who arrived from a meeting with Prime Minister Andreas Papandreou.",
        &[],
    ),
    // an invitation to visit is no visit
    ("Reagan renewed his invitation to Mikhail Gorbachev to visit the United States.", &[]),
    // a critic criticises, an opponent opposes, as an ally supports
    ("Kremlin critic Alexei Navalny died in prison.", &["alexei-navalny criticises kremlin"]),
    (
        "The Justice Department indicted James Comey, a longtime Trump critic.",
        &["james-comey criticises donald-trump", "us-justice-department opposes james-comey"],
    ),
    ("Putin opponent Vladimir Kara-Murza was freed.", &["person:vladimir-kara-murza opposes vladimir-putin"]),
    ("Kremlin critics gathered in Berlin.", &[]),
    // a relative clause on the object with an auxiliary and an adverb
    ("Jerome Powell, whom Trump has repeatedly attacked, spoke.", &["donald-trump criticises jerome-powell"]),
    ("Jerome Powell, whom Trump had met, spoke.", &["donald-trump meets jerome-powell"]),
    ("Jerome Powell, whom Trump said Congress had criticised, spoke.", &[]),
    // a verb after "but" shares the subject, not the object before
    (
        "Mike Johnson praised Chuck Schumer but accused Donald Trump of lying.",
        &["mike-johnson criticises donald-trump", "mike-johnson supports chuck-schumer"],
    ),
    ("Gavin Newsom mocked Trump on social media.", &["gavin-newsom criticises donald-trump"]),
    // giving arms or money to a named recipient supports it; trade and troops do not
    ("Germany pledged 2 billion euros to Ukraine.", &["germany supports ukraine"]),
    ("Germany sent Patriot systems to Ukraine.", &["germany supports ukraine"]),
    ("North Korea has supplied missiles to Russia.", &["north-korea supports russia"]),
    ("Germany did not send Taurus missiles to Ukraine.", &[]),
    ("Australia sold 9,824 tonnes of wheat to Iran.", &[]),
    ("Russia sent troops to Syria.", &[]),
    ("Peru shipped 96,000 tonnes to the U.S. last year.", &[]),
    ("Amazon lets people donate money directly to the American Red Cross.", &[]),
    // "called X('s remarks) JUDGEMENT": criticism, or denial of a charge called false
    ("China called Japan's remarks irresponsible.", &["china criticises japan"]),
    ("Russia called the U.S. claims baseless.", &["russia denies united-states"]),
    ("Donald Trump called Zelensky a dictator.", &["donald-trump criticises volodymyr-zelensky"]),
    ("Vladimir Putin called the plan a basis for peace.", &[]),
    ("Iran called Japan a partner.", &[]),
    ("Iran called Japan dictator.", &[]),
    // answering a charge named by its maker is denying it
    ("Russia rejected the allegations by Ukraine.", &["russia denies ukraine"]),
    ("Russia rejected the proposal by Ukraine.", &["russia opposes ukraine"]),
    ("France threw its weight behind Armenia.", &["france supports armenia"]),
    ("Russia banned Meta.", &["russia opposes meta-platforms"]),
    ("Xi Jinping sat down with Donald Trump in Busan.", &["donald-trump meets xi-jinping"]),
    ("Zelensky hit back at Trump.", &["volodymyr-zelensky criticises donald-trump"]),
    ("North Korea fired missiles toward Japan.", &["north-korea opposes japan"]),
    // negation: refraining, a negated subject; a call to act is no act
    ("Germany refrained from criticising Israel.", &[]),
    ("Not a single EU state has criticised China.", &[]),
    ("No government in Europe has backed Russia.", &[]),
    ("Not only Germany criticised Israel.", &["germany criticises israel"]),
    ("Germany rejected calls to sanction Israel.", &[]),
    // who acts with the subject
    ("France was joined by Germany in condemning Israel.", &["france criticises israel", "germany criticises israel"]),
    ("Germany joined France in condemning Israel.", &["france criticises israel", "germany criticises israel"]),
    ("Germany, along with France, condemned Israel.", &["france criticises israel", "germany criticises israel"]),
    ("Germany, like France, condemned Israel.", &["france criticises israel", "germany criticises israel"]),
    ("Germany, unlike France, condemned Israel.", &["germany criticises israel"]),
    ("Germany joined France in Brussels and condemned Israel.", &["germany criticises israel"]),
    // "X-backed government in/of Y": the state whose government it is
    ("The US-backed government in Kyiv rejected the plan.", &["united-states supports ukraine"]),
    ("The Russian-backed regime in Damascus fell.", &["russia supports syria"]),
    ("The US-backed government in the region fell.", &[]),
    // thanks for support of a named recipient: the recipient, not the one thanking
    (
        "Mahmoud Abbas thanked Saudi Arabia and France for their support of a Palestinian state.",
        &["france supports palestine", "saudi-arabia supports palestine"],
    ),
    ("Mahmoud Abbas thanked France for its support.", &["france supports mahmoud-abbas"]),
    // a person's party
    ("Nigel Farage's Reform UK party surged in the polls.", &["nigel-farage affiliated_with reform-uk"]),
    ("Margaret Thatcher's Conservatives lead the opposition.", &["margaret-thatcher affiliated_with conservative-party"]),
    ("Tony Blair's Tory 'lies' were attacked.", &[]),
    ("Lord Sainsbury's Labour election gift.", &[]),
    ("Moazzam Begg's Labour MP Roger Godsiff welcomed his release.", &["person:roger-godsiff affiliated_with labour-party"]),
    (
        "Sanae Takaichi of the Liberal Democratic Party said so.",
        &["sanae-takaichi affiliated_with ldp-japan"],
    ),
    // a demonym opening an unknown name is not the state
    ("The Canadian Coalition on Acid Rain hailed Brian Mulroney.", &[]),
    ("The American Soybean Association denounced European Community policies.", &[]),
    ("He blamed Greek Olympic Committee officials.", &[]),
    ("The Canadian government hailed Brian Mulroney.", &["canada supports person:brian-mulroney"]),
    ("Iranian Foreign Minister Abbas Araghchi denounced Israel.", &["abbas-araghchi affiliated_with iran", "abbas-araghchi criticises israel"]),
    // rejecting the maker's charge is denying it
    ("China rejected the U.S. allegations as groundless.", &["china denies united-states"]),
    ("Venezuela rejected Washington's accusations of drug trafficking.", &["venezuela denies united-states"]),
    ("Venezuela rejected Washington's proposal.", &["venezuela opposes united-states"]),
    // a name after a role and a comma
    (
        "Russia's ambassador to the UN, Vassily Nebenzia, rejected the resolution.",
        &["person:vassily-nebenzia affiliated_with russia"],
    ),
    // a claim is made by who said or credited the clause before
    (
        "Asim Munir praised Trump for helping to end the conflict, a claim New Delhi rejected.",
        &["asim-munir supports donald-trump", "india denies asim-munir"],
    ),
    ("Trump said Zelensky started the war, a claim Kyiv rejected.", &["ukraine denies donald-trump"]),
    ("Pakistan backed the TTP, a claim India rejected.", &["pakistan supports tehrik-i-taliban-pakistan"]),
    // a body of the accused state answers for it
    (
        "Donald Tusk accused Russia of testing the alliance. The Kremlin dismissed the accusation.",
        &["donald-tusk criticises russia", "kremlin denies donald-tusk"],
    ),
    (
        "Donald Tusk accused Russia of testing the alliance. The White House dismissed the accusation.",
        &["donald-tusk criticises russia"],
    ),
    (
        "Aleksandar Vucic accused Western spies of organising the protests, an allegation the European Union rejected.",
        &["european-union denies aleksandar-vucic"],
    ),
    // a sentence opening with "The bloc", "The group" … is about the organisation of that kind named before
    ("The EU met in Brussels on Monday. The bloc criticised Hungary.", &["european-union criticises hungary"]),
    ("Hezbollah fired rockets at Israel. The group is backed by Iran.", &["hezbollah opposes israel", "iran supports hezbollah"]),
    ("Hezbollah fired rockets. The group of nations backed Iran.", &[]),
    ("Ukraine spoke. The bloc criticised Hungary.", &[]),
    ("Gazprom cut supplies. The company has also accused Gazprom and Russia.", &[]),
    ("Japan was very unlikely to support Takeshita's bid, and Spain is poised to back Italy.", &[]),
    // an apposition's role of a country's body: the country, or the body named after it
    (
        "Marco Rubio met Andriy Yermak, the head of Ukraine's presidential office.",
        &["andriy-yermak affiliated_with ukraine", "andriy-yermak meets marco-rubio"],
    ),
    ("Alexei Miller, chairman of Russia's energy giant Gazprom, spoke.", &["person:alexei-miller affiliated_with gazprom"]),
    // a demonym before a noun of people or things is a nationality, not the state
    ("Tony Blair visited the Pakistani community in Bradford.", &[]),
    ("Jacques Chirac praised French films.", &[]),
    ("India condemned the Pakistani air strikes and China criticised British lawmakers.", &[
        "china criticises united-kingdom",
        "india criticises pakistan",
    ]),
    // fines, lawsuits and blacklists oppose; financing supports
    ("The European Commission fined Google for abusing its dominance.", &["european-commission opposes google"]),
    ("The SEC sued Goldman Sachs.", &["sec opposes goldman-sachs"]),
    ("The United States blacklisted Huawei.", &["united-states opposes huawei"]),
    ("The World Bank approved $1.5 billion in financing for Ukraine.", &["world-bank supports ukraine"]),
    ("Argentina met IMF requirements and Chile met the IMF targets.", &[]),
    // "Brussels" is the EU; "EC" the European Community where the document names it
    ("The European Community (EC) accused the United States of dumping. The EC backed Japan.", &[
        "european-community criticises united-states",
        "european-community supports japan",
    ]),
    // the object of the verb before "and was" is not the passive's agent
    (
        "Brazil lobbied Washington for the sanctions and was criticised by Argentina.",
        &["argentina criticises brazil"],
    ),
    ("Niels Brinkman, co-founder of Amsterdam-based OneStat.com, spoke.", &[]),
    ("While saying he admired Tony Blair's leadership, he criticised the Conservatives stance.", &[]),
    // a skipped relative clause does not count against the subject's distance
    (
        "Spain's Prime Minister Pedro Sanchez, who visited Beijing last month, switched his country's vote to an abstention after meeting Chinese President Xi Jinping.",
        &["china meets pedro-sanchez", "pedro-sanchez affiliated_with spain", "pedro-sanchez meets xi-jinping", "xi-jinping affiliated_with china"],
    ),
    // a finite verb after "and" is outside an earlier modal's reach
    ("Mexico said it would not take sides and criticised Peru.", &["mexico criticises peru"]),
    ("Mexico said it would take sides and criticise Peru.", &[]),
    ("Austria criticised statements generally by Italy.", &[]),
    // the subject stands before a participle phrase, not inside it
    (
        "Abbas Araqchi, speaking in Muscat after meeting his Omani counterpart Badr Albusaidi, criticised Washington.",
        &[
            "abbas-araghchi criticises united-states",
            "abbas-araghchi meets person:badr-albusaidi",
            "person:badr-albusaidi affiliated_with oman",
        ],
    ),
    // coordinated subjects of a symmetric verb without an object meet each other
    ("Emmanuel Macron and Keir Starmer met in Paris.", &["emmanuel-macron meets keir-starmer"]),
    (
        "France, Germany and Italy held talks on Monday.",
        &["france meets germany", "france meets italy", "germany meets italy"],
    ),
    ("France and Germany did not meet.", &[]),
    ("Washington pushed Germany and Japan harder to meet their commitments.", &[]),
    ("U.S. and Japanese officials meet tomorrow.", &[]),
    ("Talks between Russia and Ukraine resumed.", &["russia meets ukraine"]),
    // titles after "and" belong to the coordinated person
    (
        "Brazil's President Luiz Inacio Lula da Silva and Colombian President Gustavo Petro held a call on Sunday.",
        &[
            "gustavo-petro affiliated_with colombia",
            "luiz-inacio-lula-da-silva affiliated_with brazil",
            "gustavo-petro meets luiz-inacio-lula-da-silva",
        ],
    ),
    (
        "Emmanuel Macron and German Chancellor Olaf Scholz backed Ukraine.",
        &["emmanuel-macron supports ukraine", "olaf-scholz affiliated_with germany", "olaf-scholz supports ukraine"],
    ),
    ("Joe Biden spoke by phone with Xi Jinping.", &["joe-biden meets xi-jinping"]),
    // "the head of X, P" and "P, who heads X"
    (
        "The head of the IAEA, Rafael Grossi, spoke.",
        &["rafael-grossi affiliated_with international-atomic-energy-agency"],
    ),
    (
        "Rafael Grossi, who heads the IAEA, spoke.",
        &["rafael-grossi affiliated_with international-atomic-energy-agency"],
    ),
    ("The head of the Swiss delegation, Rafael Grossi, spoke.", &[]),
    ("The Mayor of London, Ken Livingstone, spoke.", &[]),
    ("Rafael Grossi, who chairs the Commons trade committee, spoke.", &[]),
    // "X, led by P": P heads X
    ("Slovakia, led by Prime Minister Robert Fico, opposed it.", &["robert-fico affiliated_with slovakia"]),
    // a named institution before the title wins over the country in its name
    (
        "Bank of England governor Mervyn King and Hezbollah leader Hassan Nasrallah spoke.",
        &["hassan-nasrallah affiliated_with hezbollah", "mervyn-king affiliated_with bank-of-england"],
    ),
    // a subject with its allies in a clause after "after"
    (
        "Iran denied supplying missiles to Russia, after Washington and its European allies accused Tehran of arming Moscow.",
        &["united-states criticises iran"],
    ),
    ("Iran spoke after Washington and its allies.", &[]),
    ("After talks with Washington and Western officials accused Iran of lying, it spoke.", &[]),
    // the agent of what is criticised, after adjectives
    (
        "Kim Jong Un denounced joint military drills by South Korea and the United States.",
        &["kim-jong-un criticises south-korea", "kim-jong-un criticises united-states"],
    ),
    ("Kim Jong Un denounced the drills held by South Korea.", &["kim-jong-un criticises south-korea"]),
    ("Kim Jong Un denounced it loudly by South Korea's border.", &[]),
    // ", a move criticised by X": the act is the clause before, however long
    (
        "The International Monetary Fund approved a $1.1 billion loan to Pakistan, a move welcomed by Islamabad but criticised by India.",
        &[
            "india criticises international-monetary-fund",
            "international-monetary-fund supports pakistan",
            "pakistan supports international-monetary-fund",
        ],
    ),
    // reciprocal verbs of directed relations go both ways
    (
        "India and Pakistan traded accusations after the attack.",
        &["india criticises pakistan", "pakistan criticises india"],
    ),
    ("Israel and Hezbollah exchanged fire across the border.", &["hezbollah opposes israel", "israel opposes hezbollah"]),
    ("China traded barbs with Japan.", &["china criticises japan"]),
    // (a state's troops act for it, as in "Russian forces attacked Ukrainian positions")
    ("Israeli and Lebanese troops exchanged fire.", &["israel opposes lebanon", "lebanon opposes israel"]),
    ("Israeli and Lebanese officials exchanged fire.", &[]),
    // aligned and linked modifiers: the modified entity acts
    ("The Houthis, an Iran-aligned militia in Yemen, claimed it.", &["houthis supports iran"]),
    ("The al Qaeda-linked Al Shabaab attacked a base.", &["al-shabaab affiliated_with al-qaeda"]),
    ("Iran-backed Hezbollah fired rockets.", &["iran supports hezbollah"]),
    // "who leads X and Y"
    (
        "Elon Musk, who leads Tesla and SpaceX, spoke.",
        &["elon-musk affiliated_with spacex", "elon-musk affiliated_with tesla"],
    ),
    // rejecting the report of an accusation the sentence before denies its maker
    (
        "Amnesty International accused Saudi Arabia of executing people. Saudi authorities rejected the report.",
        &["amnesty-international criticises saudi-arabia", "saudi-arabia denies amnesty-international"],
    ),
    // ", which X denies" after an accusation; with a pronoun, the accused denies
    ("Ukraine accused Russia of war crimes, which Moscow denies.", &["russia denies ukraine", "ukraine criticises russia"]),
    (
        "Washington accused Gustavo Petro of failing to act, which he denied.",
        &["gustavo-petro denies united-states", "united-states criticises gustavo-petro"],
    ),
    ("Ukraine praised Russia's plan, which Moscow denies.", &["ukraine supports russia"]),
    // suspending a member, boycotting a body
    ("The African Union suspended Madagascar.", &["african-union opposes madagascar"]),
    ("Donald Trump boycotted the G20 summit.", &["donald-trump opposes g20"]),
    // "X and his counterpart Y" are coordinated
    (
        "Sergei Lavrov and his Chinese counterpart Wang Yi held talks.",
        &["sergey-lavrov meets wang-yi", "wang-yi affiliated_with china"],
    ),
    // "he" after a subject and an object is the subject, else the person named
    (
        "Donald Trump criticised Volodymyr Zelenskiy, but he praised Vladimir Putin.",
        &["donald-trump criticises volodymyr-zelensky", "donald-trump supports vladimir-putin"],
    ),
    (
        "Washington criticised Keir Starmer, but he praised Vladimir Putin.",
        &["keir-starmer supports vladimir-putin", "united-states criticises keir-starmer"],
    ),
    // pushing back against pressure from X, appealing against X's fine
    (
        "Jerome Powell pushed back against pressure from the White House.",
        &["jerome-powell opposes white-house"],
    ),
    ("Apple appealed against the European Commission's fine.", &["apple opposes european-commission"]),
    ("Germany appealed against the ruling.", &[]),
    // a protest from X criticises the subject
    ("China drew a protest from Japan.", &["japan criticises china"]),
    ("Thousands joined a protest in Tehran.", &[]),
    // a country describing a company the gazetteer does not know is not the subject
    ("German carmaker Porsche rejected the EU plan.", &[]),
    ("South Africa's biggest retail bank Absa is in talks with Barclays.", &[]),
    ("German carmaker Volkswagen rejected the EU plan.", &["volkswagen opposes european-union"]),
    ("Russian gas giant Gazprom criticised the European Commission.", &["gazprom criticises european-commission"]),
    // travelling or flying to a country is a visit; not one set for later, nor a place of it
    ("Dan Driscoll travelled to Kyiv to present the plan.", &["dan-driscoll meets ukraine"]),
    ("Antony Blinken, who flew to Indonesia yesterday, spoke.", &["antony-blinken meets indonesia"]),
    ("Martin Bangemann, who flies to Washington this weekend, spoke.", &[]),
    ("Emmanuel Macron is scheduled to meet Olaf Scholz.", &[]),
    ("Emmanuel Macron has yet to meet Olaf Scholz.", &[]),
    ("England are still to meet Italy at Twickenham.", &[]),
    ("Emmanuel Macron meets Olaf Scholz tomorrow.", &[]),
    ("The Edwards family flew to the Spanish island of Fuerteventura.", &[]),
    // a place before a comma is not coordinated with the subject after it
    ("In Ankara, Erdogan criticised Israel.", &["recep-tayyip-erdogan criticises israel"]),
    ("Britain, France and Germany criticised Iran.", &["france criticises iran", "germany criticises iran", "united-kingdom criticises iran"]),
    // lifting or easing sanctions opposes no one
    ("Washington's decision to lift sanctions on Syria was praised by Saudi Arabia.", &["saudi-arabia supports united-states"]),
    ("The EU eased its sanctions against Russia.", &[]),
    // "clashed": both ways
    ("Britain and Japan clashed over trade.", &["japan opposes united-kingdom", "united-kingdom opposes japan"]),
    // a visit to a country is a meeting with it; not an upcoming one
    ("Johann Wadephul, on a visit to Beijing, urged China to press Russia.", &["china meets johann-wadephul"]),
    ("Yasuhiro Nakasone's scheduled visit to Washington was discussed.", &[]),
    ("Reagan had not scheduled any meeting with James Baker.", &[]),
    // killing, firing at, an air strike on: force
    ("Israel killed a senior Hezbollah commander.", &["israel opposes hezbollah"]),
    ("The Houthis fired a missile at Israel.", &["houthis opposes israel"]),
    ("Hezbollah has not fired at Israel since the truce.", &[]),
    ("Israel's air strike on Lebanon killed five.", &["israel opposes lebanon"]),
    ("Israel's air strike on Lebanon drew criticism.", &["israel opposes lebanon"]),
    // a participle describing a name is no verb; a headline's noun is no verb either
    ("Solidere, the Lebanese company founded by assassinated former prime minister Rafik Hariri, fell.", &[]),
    // receiving a visitor is a meeting
    ("Abdel Fattah al-Sisi received Hamas leaders in Cairo.", &["abdel-fattah-el-sisi meets hamas"]),
    ("Vladimir Putin received a letter from Donald Trump.", &[]),
    // ", a decision X condemned (as …)": X criticises who decided; an arrest warrant opposes
    (
        "The International Criminal Court issued an arrest warrant for Benjamin Netanyahu, a decision Israel condemned as antisemitic.",
        &[
            "international-criminal-court opposes benjamin-netanyahu",
            "israel criticises international-criminal-court",
        ],
    ),
    ("Labour accused of EU propaganda.", &[]),
    // an apposition after a name nobody knows describes that name, the subject
    ("Elbridge Colby, the Pentagon's policy chief, met Japanese officials.", &["japan meets person:elbridge-colby", "person:elbridge-colby affiliated_with pentagon"]),
    ("On Tuesday, the company's administrator, Enrico Bondi, sued Morgan Stanley.", &["person:enrico-bondi opposes morgan-stanley"]),
    // a passive's agent a few words after the participle
    ("Meta was fined 798 million euros by the European Commission.", &["european-commission opposes meta-platforms"]),
    ("Ukraine was attacked with drones by Russia.", &["russia opposes ukraine"]),
    ("Keir Starmer was criticised at the time by Kemi Badenoch.", &["kemi-badenoch criticises keir-starmer"]),
    ("Ukraine is suspended and could be replaced by Russia.", &[]),
    // a country before an institution names the institution's state
    ("Robert Fell held talks with the Bank of England and the U.S. Federal Reserve.", &["bank-of-england meets person:robert-fell", "federal-reserve meets person:robert-fell"]),
    ("Robert Fell criticised the U.S. Federal Reserve.", &["person:robert-fell criticises federal-reserve"]),
    ("Robert Fell criticised the U.S. and Japan.", &["person:robert-fell criticises japan", "person:robert-fell criticises united-states"]),
    // a relative acts for himself
    ("Gerry Conlon's father was arrested when travelling to London.", &[]),
    // heading what a country owns is no affiliation with the country
    ("Kirill Dmitriev, who heads Russia's sovereign wealth fund, met Steve Witkoff.", &["kirill-dmitriev meets steve-witkoff"]),
    // recognising a state supports it; a person recognised is only known by sight
    ("France recognised Palestine as a state.", &["france supports palestine"]),
    ("Michael Howard recognised Charles Kennedy.", &[]),
    ("Canada will not recognise the Taliban government.", &[]),
    // a participle after a noun phrase shares the negation of the verb before it
    ("Brazil did not join the statement condemning Israel.", &[]),
    ("Brazil joined the statement condemning Israel.", &["brazil criticises israel"]),
    ("The UN did not pass a resolution condemning Russia.", &[]),
    // people of a nationality are not the state, as subject or object
    ("Japanese exporters criticised the Federal Reserve.", &[]),
    ("The United States had denied British competitors more lucrative orders.", &[]),
    ("Japanese officials criticised the Federal Reserve.", &["japan criticises federal-reserve"]),
    // a title with a field before the role ("humanitarian chief"); UN agencies by description
    (
        "The UN's humanitarian chief Tom Fletcher visited El Fasher on Monday.",
        &["person:tom-fletcher affiliated_with united-nations"],
    ),
    ("Britain's spy chief Richard Moore spoke.", &["richard-moore affiliated_with united-kingdom"]),
    (
        "The U.N. nuclear watchdog chief Rafael Grossi spoke on Monday.",
        &["rafael-grossi affiliated_with international-atomic-energy-agency"],
    ),
    ("The UN refugee agency criticised Greece.", &["office-of-the-united-nations-high-commissioner-for-refugees criticises greece"]),
    // a gerund's object is not the subject of a coordinated verb, nor is a verb's object after a
    // demonym title
    ("The Taliban denied harbouring the Pakistani Taliban and accused Pakistan of lying.", &["taliban criticises pakistan"]),
    (
        "Viktor Orban met Russian President Vladimir Putin and criticised Ukraine.",
        &["viktor-orban criticises ukraine", "viktor-orban meets vladimir-putin", "vladimir-putin affiliated_with russia"],
    ),
    (
        "Viktor Orban met Russian President Vladimir Putin, drawing criticism from Ukraine.",
        &["ukraine criticises viktor-orban", "viktor-orban meets vladimir-putin", "vladimir-putin affiliated_with russia"],
    ),
    ("Markets fell on news of pending U.S. trade sanctions against Japan.", &["united-states opposes japan"]),
    // a bare plural charge noun heads a relative clause ("as baseless" is no agentless passive)
    (
        "Ethiopia accused Eritrea of backing rebels, charges Asmara rejected as baseless.",
        &["eritrea denies ethiopia", "ethiopia criticises eritrea"],
    ),
    ("Lula said he was open to talks with Donald Trump.", &[]),
    // thanks past a group without a name; a non-finite clause after a subordinator takes the
    // main clause's subject, not its object
    (
        "Volodymyr Zelenskiy thanked the United States and European allies for their support.",
        &["united-states supports volodymyr-zelensky"],
    ),
    ("Volodymyr Zelenskiy thanked his allies for their support.", &[]),
    (
        "Aleksandar Vucic met Xi Jinping in Beijing, weeks after hosting Antonio Costa in Belgrade.",
        &["aleksandar-vucic meets antonio-costa", "aleksandar-vucic meets xi-jinping"],
    ),
    (
        "Indian External Affairs Minister S. Jaishankar met Wang Yi.",
        &["subrahmanyam-jaishankar affiliated_with india", "subrahmanyam-jaishankar meets wang-yi"],
    ),
    // a found person's "al-" surname without its article in a later mention
    (
        "Iraqi Prime Minister Mohammed Shia al-Sudani won. U.S. envoy Mark Savaya congratulated Sudani.",
        &[
            "person:mark-savaya affiliated_with united-states",
            "person:mark-savaya supports person:mohammed-shia-al-sudani",
            "person:mohammed-shia-al-sudani affiliated_with iraq",
        ],
    ),
    // a protest lodged with a forum over what someone else did is aimed at them
    (
        "Cyprus has protested to the United Nations over alleged airspace violations by the Turkish air force.",
        &["cyprus criticises turkey"],
    ),
    ("Indonesia has protested to the European Community about its plan.", &["indonesia criticises european-community"]),
    ("China protested to Japan over the remarks.", &["china criticises japan"]),
    // "his"/"her" before a noun is a person's
    (
        "Paul Volcker is admired at the Bundesbank, despite his criticism of Japanese policies.",
        &["person:paul-volcker criticises japan"],
    ),
    // a country's private groups are not the state
    ("France's major farm union criticised the European Community.", &[]),
    ("France's foreign minister criticised the European Community.", &["france criticises european-community"]),
    ("Donald Trump and Vladimir Putin discussed Ukraine during their talks.", &["donald-trump meets vladimir-putin"]),
    // snubs, distancing and diplomatic representations
    ("France distanced itself from the United States.", &["france opposes united-states"]),
    ("Donald Trump snubbed South Africa.", &["donald-trump opposes south-africa"]),
    ("Germany did not snub France.", &[]),
    ("China made solemn representations to Japan.", &["china criticises japan"]),
    ("Beijing lodged stern representations with Tokyo.", &["china criticises japan"]),
    // the object of a verb behind an honorific is no subject of the verb coordinated with it
    ("The archbishop backed Mr Michael Howard's stance and distanced himself from Labour.", &[]),
    // the leader of a group that acts
    ("The Saudi-led coalition struck Yemen.", &["saudi-arabia opposes yemen"]),
    ("A Saudi-led coalition has backed Yemen's government.", &["saudi-arabia supports yemen"]),
    ("Russian-backed separatists attacked Ukraine.", &[]),
    // a state's own body does not act on its state
    ("The White House still backs the US's strong dollar policy.", &[]),
    ("The Kremlin criticised Ukraine.", &["kremlin criticises ukraine"]),
    // a charge after a predicative "as …"; denying reports of an act is no act
    ("Russia dismissed as nonsense claims by Britain that it had poisoned Skripal.", &["russia denies united-kingdom"]),
    ("China rejected as groundless the accusations by the Philippines.", &["china denies philippines"]),
    ("Qatar denied reports it had backed Hamas.", &[]),
    // memberships described with "the only …" or, for several, "both"/"all"
    ("Hungary is the only EU member to oppose the plan.", &["hungary member_of european-union"]),
    (
        "Germany and France, both NATO members, backed Ukraine.",
        &["france member_of nato", "france supports ukraine", "germany member_of nato", "germany supports ukraine"],
    ),
    ("Ukraine is not a NATO member.", &[]),
    // a commitment to someone supports them
    ("The United States reaffirmed its defence commitments to the Philippines.", &["united-states supports philippines"]),
    ("China said its commitment to peace was firm.", &[]),
    ("Germany did not make commitments to Ukraine.", &[]),
    // talks that open a clause of their own after "and" are not the subject's before
    ("China's admission took 15 years and talks with Russia have been taking place for 10 years.", &[]),
    ("China criticised Japan, and negotiations with Russia have stalled.", &["china criticises japan"]),
    ("China held talks with Russia and talks with Japan.", &["china meets japan", "china meets russia"]),
    ("Germany's talks with France were productive.", &["france meets germany"]),
    // denying a role in what one was blamed for answers the accuser
    (
        "New Delhi blamed Islamabad for a militant attack. Pakistan denied any role in the attack.",
        &["india criticises pakistan", "pakistan denies india"],
    ),
    ("Pakistan denied any role in the attack.", &[]),
    // blaming something on someone criticises them
    ("Poland blamed the sabotage on Russian intelligence.", &["poland criticises russia"]),
    ("The attack, which Warsaw has blamed on Russia, was condemned.", &["poland criticises russia"]),
    ("The attack was blamed on Russia.", &[]),
    (
        "The shelling followed the tanker attack, blamed by both the Americans and Kuwaitis on Iran.",
        &["kuwait criticises iran", "united-states criticises iran"],
    ),
    ("Malaysian miners criticised the United States for selling tin.", &[]),
    ("UK security services were behind some arson attacks blamed on Russia.", &[]),
    ("Poland blamed the weather on Monday.", &[]),
    ("Apple was sued by Indian startups on Monday.", &[]),
    ("Iranian protesters condemned the United States.", &[]),
    ("Chinese companies criticised the European Union.", &[]),
    ("Nicolas Maduro criticised the Venezuelan opposition.", &[]),
    ("Indian officials sued Apple on Monday.", &["india opposes apple"]),
    ("Russian forces attacked Ukraine.", &["russia opposes ukraine"]),
    ("Jose Sarney held talks with Brazilian business leaders.", &[]),
    // … but a nation's people stand for it
    ("Spain expressed solidarity with the Ukrainian people.", &["spain supports ukraine"]),
    ("Germany voiced support for the Ukrainian people.", &["germany supports ukraine"]),
    ("Spain praised Ukrainian people who fled.", &[]),
    // a relative clause on an organisation's meeting
    ("South Africa hosted the G20 summit, which the United States boycotted.", &["united-states opposes g20"]),
    ("South Africa hosted the G20 summit, which opened on Saturday.", &[]),
    // the idea of a meeting is no meeting
    ("The White House seemed to reject the idea of negotiating with Congress.", &[]),
    // a plural after "as", "amid" or a determiner opens a clause as its subject: no verb
    (
        "Georgian authorities arrested opposition leaders as protests against the ruling Georgian Dream party grew.",
        &[],
    ),
    ("Amid protests against Serbia, Kosovo closed the crossing.", &[]),
    ("Kosovo protests against Serbia's decision.", &["kosovo criticises serbia"]),
    // permanent members
    (
        "Russia and China, both permanent members of the U.N. Security Council, blocked the resolution.",
        &["china member_of un-security-council", "russia member_of un-security-council"],
    ),
    (
        "France, one of the five permanent members of the Security Council, abstained.",
        &["france member_of un-security-council"],
    ),
    // concern over what someone does
    (
        "Japan and Australia expressed concern over China's military drills.",
        &["australia criticises china", "japan criticises china"],
    ),
    ("Germany voiced concern about the situation in Sudan.", &[]),
    // a state's vessels, drones and coast guard act for it, also after "after" and "a"
    (
        "Manila summoned China's ambassador after a Chinese coast guard vessel fired water cannon at a Philippine government ship.",
        &["china opposes philippines", "philippines criticises china"],
    ),
    ("Kyiv protested after Russian drones struck Ukraine.", &["russia opposes ukraine"]),
    ("Kyiv protested after a Russian businessman criticised Ukraine.", &[]),
    ("The Turkish coast criticised Greece.", &[]),
    // the examples of a subject after "including" act with it
    (
        "European leaders, including German Chancellor Friedrich Merz and British Prime Minister Keir Starmer, backed Zelenskiy.",
        &[
            "friedrich-merz affiliated_with germany",
            "friedrich-merz supports volodymyr-zelensky",
            "keir-starmer affiliated_with united-kingdom",
            "keir-starmer supports volodymyr-zelensky",
        ],
    ),
    ("Western countries including Britain have criticised Iran.", &["united-kingdom criticises iran"]),
    ("Iran criticised Western countries, including Britain.", &["iran criticises united-kingdom"]),
    // ruling out is refusing; a warning is of what has not happened
    ("Khamenei ruled out negotiations with the United States.", &[]),
    ("Iran rules out talks with Washington", &[]),
    ("Lula warned against a U.S. invasion of Venezuela.", &[]),
    ("Lula condemned the U.S. invasion of Venezuela.", &["luiz-inacio-lula-da-silva criticises united-states", "united-states opposes venezuela"]),
    // denying one's own act after an accusation answers the accuser
    (
        "Kemi Badenoch accused Rachel Reeves of breaking election promises. Reeves denied that she had misled voters.",
        &["kemi-badenoch criticises rachel-reeves", "rachel-reeves denies kemi-badenoch"],
    ),
    (
        "Kemi Badenoch praised Rachel Reeves. Reeves denied that she had misled voters.",
        &["kemi-badenoch supports rachel-reeves"],
    ),
    // the maker of a plan after a compound
    ("Zelenskiy rejected a 28-point peace plan drafted by Steve Witkoff.", &["volodymyr-zelensky opposes steve-witkoff"]),
    // a subsidiary after its owner's possessive is the object (and no subject later)
    (
        "The European Commission fined Alphabet's Google on Friday, drawing a sharp rebuke from Donald Trump.",
        &["donald-trump criticises european-commission", "european-commission opposes google"],
    ),
    ("Trump criticised Ukraine's NATO bid.", &["donald-trump criticises ukraine"]),
    // a non-finite clause after "after" takes the main clause's subject, however long its predicate
    (
        "Viktor Orban won a one-year exemption from U.S. sanctions on Russian oil and gas after meeting Donald Trump.",
        &["donald-trump meets viktor-orban", "united-states opposes russia"],
    ),
    // … and its hedge
    ("Marat Safin could meet Andre Agassi in the final before meeting Roger Federer.", &[]),
    // a defence pact
    (
        "Saudi Arabia and Pakistan signed a mutual defence agreement on Wednesday.",
        &["pakistan supports saudi-arabia", "saudi-arabia supports pakistan"],
    ),
    // a pronoun after a participle opening a clause is the main verb's object, if it agrees
    (
        "The New York Times sued OpenAI and Microsoft, accusing them of copying. OpenAI rejected the claims.",
        &[
            "openai denies the-new-york-times",
            "the-new-york-times criticises microsoft",
            "the-new-york-times criticises openai",
            "the-new-york-times opposes microsoft",
            "the-new-york-times opposes openai",
        ],
    ),
    ("Trump fired James Comey, accusing him of lying.", &["donald-trump criticises james-comey"]),
    ("China sanctioned Lockheed Martin, accusing him of lying.", &["china opposes lockheed-martin"]),
    ("Trump fired James Comey, accusing her government of lying.", &[]),
    // "and" inside titles does not open one: a name and a person after it are two objects
    ("Elon Musk criticised Microsoft and Sam Altman.", &["elon-musk criticises microsoft", "elon-musk criticises sam-altman"]),
    // … and "its" titles the person with the one before
    (
        "Elon Musk sued OpenAI and its chief executive Sam Altman.",
        &["elon-musk opposes openai", "elon-musk opposes sam-altman", "sam-altman affiliated_with openai"],
    ),
    (
        "Trump met Putin and his foreign minister Sergei Lavrov.",
        &["donald-trump meets sergey-lavrov", "donald-trump meets vladimir-putin"],
    ),
    // praise and fire from someone; a call received
    (
        "Emmanuel Macron drew praise from Volodymyr Zelenskiy for his stance.",
        &["volodymyr-zelensky supports emmanuel-macron"],
    ),
    ("Volodymyr Zelenskiy came under fire from Hungary on Monday.", &["hungary criticises volodymyr-zelensky"]),
    ("Recep Tayyip Erdogan received a call from Vladimir Putin.", &["recep-tayyip-erdogan meets vladimir-putin"]),
    ("Recep Tayyip Erdogan received a call from OPEC to cut output.", &[]),
    // an opening "She" after an unresolved speaker is not the person named before
    (
        "Friedrich Merz arrived in Washington. Sheinbaum said Mexico would not accept it. She also praised Canada.",
        &[],
    ),
    (
        "Friedrich Merz arrived in Washington. Officials said the visit went well. He praised Canada.",
        &["friedrich-merz supports canada"],
    ),
    // a charge dismissed "as nonsense" by a subject with its own words is active
    (
        "The Kremlin accused Kyiv of sabotaging the talks, a charge Ukraine's foreign ministry dismissed as nonsense.",
        &["kremlin criticises ukraine", "ukraine denies kremlin"],
    ),
    // a handshake is a meeting
    (
        "Ilham Aliyev and Nikol Pashinyan shook hands at the White House.",
        &["ilham-aliyev meets nikol-pashinyan"],
    ),
    // a participle opening a clause reaches the main clause's subject past a long predicate
    (
        "Mali's military government on Thursday ordered the French ambassador to leave the country within 72 hours, accusing Paris of interfering.",
        &["mali criticises france"],
    ),
    // demonyms coordinated before forces are the states
    (
        "Pakistani and Afghan forces exchanged fire at the border.",
        &["afghanistan opposes pakistan", "pakistan opposes afghanistan"],
    ),
    // (and the states whose envoys meet, not intermediaries)
    ("Chinese and American officials met in Geneva.", &["china meets united-states"]),
    ("Russian and Ukrainian delegations met in Istanbul.", &["russia meets ukraine"]),
    ("U.S. and Russian officials held talks in Riyadh.", &["russia meets united-states"]),
    ("US and Russian intermediaries met in Geneva.", &[]),
    ("Talks between U.S. and Russian officials ended.", &["russia meets united-states"]),
    // a hyphenated "X-led" before the organisation of an apposition
    (
        "Mazloum Abdi, commander of the Kurdish-led Syrian Democratic Forces, spoke.",
        &["person:mazloum-abdi affiliated_with syrian-democratic-forces"],
    ),
    // a warning to someone named is criticism; one of or against something a hedge
    ("China warned Japan to stop playing with fire.", &["china criticises japan"]),
    ("The IMF warned that Britain faced a recession.", &[]),
    // a meeting agreed, planned or accepted as an invitation has not happened
    ("Donald Trump accepted an invitation from Xi Jinping to visit Beijing in April.", &[]),
    ("Brian Mulroney has agreed to meet Oliver Tambo in Ottawa.", &[]),
    ("Antony Blinken flew to Riyadh to meet Mohammed bin Salman.", &["antony-blinken meets mohammed-bin-salman", "antony-blinken meets saudi-arabia"]),
    // a subject opened by "neither" is negated
    ("Neither France nor Germany has recognised Palestine.", &[]),
    // arms handed over are given
    ("The Netherlands handed over F-16 jets to Ukraine.", &["netherlands supports ukraine"]),
    // coordinated subjects that spoke by phone
    (
        "The Kremlin said Vladimir Putin and Donald Trump spoke by phone for more than two hours.",
        &["donald-trump meets vladimir-putin"],
    ),
    // recalling an envoy is a protest
    ("Colombia recalled its ambassador from Washington.", &["colombia criticises united-states"]),
    ("Colombia did not recall its ambassador from Washington.", &[]),
    // coordinated subjects meet each other past a relative clause between commas
    (
        "Emmanuel Macron and Keir Starmer, who lead the coalition of the willing, met in Paris.",
        &["emmanuel-macron meets keir-starmer"],
    ),
    // an affiliate is affiliated with the one it is named after
    ("Malian troops are fighting JNIM, an al Qaeda affiliate.", &["jnim affiliated_with al-qaeda"]),
    ("The attack was claimed by al Qaeda's affiliate JNIM.", &["jnim affiliated_with al-qaeda"]),
    // standing or speaking alongside someone, a joint news conference: a meeting
    (
        "Recep Tayyip Erdogan, speaking alongside Vladimir Putin, called for a ceasefire.",
        &["recep-tayyip-erdogan meets vladimir-putin"],
    ),
    (
        "Donald Trump, at a joint news conference with Benjamin Netanyahu, praised Israel.",
        &["benjamin-netanyahu meets donald-trump", "donald-trump supports israel"],
    ),
    ("Ukrainian troops fought alongside British volunteers.", &[]),
    // a relative clause without a comma before "who"
    (
        "John Snow met him. Mr Snow who is in Dublin at the start of a four-nation EU visit, has applauded Ireland's tax cuts.",
        &["person:john-snow supports ireland"],
    ),
    // a finite clause after "after" with a titled subject has its own subject
    (
        "Narendra Modi met Vladimir Putin, days after Treasury Secretary Scott Bessent accused India of profiteering.",
        &["narendra-modi meets vladimir-putin", "scott-bessent criticises india"],
    ),
    (
        "Saudi Crown Prince Mohammed bin Salman raised the war with President Donald Trump during a visit to the White House.",
        // (not "with X during": an absolute phrase needs a verb; the visit is the subject's)
        &["mohammed-bin-salman affiliated_with saudi-arabia", "mohammed-bin-salman meets white-house"],
    ),
    // coordinated objects each with an amount
    (
        "The European Commission fined Apple 500 million euros and Meta 200 million euros.",
        &["european-commission opposes apple", "european-commission opposes meta-platforms"],
    ),
    ("The EU fined Apple 500 million euros and Meta said it would appeal.", &["european-union opposes apple"]),
    // the recipient right after a verb of giving, before money or arms
    (
        "The United States gave Ukraine $1 billion and Moldova $200 million.",
        &["united-states supports moldova", "united-states supports ukraine"],
    ),
    ("Iran has supplied the Houthis with drones.", &["iran supports houthis"]),
    ("Vladimir Putin sent Donald Trump a letter.", &[]),
    ("The United States will not send Ukraine missiles.", &[]),
    // charges (that) a subject rejected as baseless answer the accuser
    (
        "Ethiopia accused Eritrea of arming rebels, charges that Asmara rejected as baseless.",
        &["eritrea denies ethiopia", "ethiopia criticises eritrea"],
    ),
    (
        "Ethiopia accused Eritrea of arming rebels, charges which Asmara has denied.",
        &["eritrea denies ethiopia", "ethiopia criticises eritrea"],
    ),
    ("The proposal was rejected as unacceptable by Russia.", &[]),
    // praising or criticising the conduct of someone
    ("Egypt praised the mediation efforts of Qatar.", &["egypt supports qatar"]),
    (
        "The EU criticised the policies of Israel and the United States.",
        &["european-union criticises israel", "european-union criticises united-states"],
    ),
    ("Egypt condemned the killing of Hassan Nasrallah.", &[]),
    // grateful for or relying on someone's support: the subject receives it
    ("Kyiv was grateful for Poland's support.", &["poland supports ukraine"]),
    ("Israel is heavily dependent on U.S. military aid.", &["united-states supports israel"]),
    ("Zambia set up a fund with Canadian aid.", &["canada supports zambia"]),
    // a short reference to an institution named before acts and is acted on
    (
        "The European Commission fined Apple. Apple appealed, accusing the Commission of unfairly targeting the company.",
        &["apple criticises european-commission", "european-commission opposes apple"],
    ),
    // what is warned of is no warning to someone
    ("Ken Clarke warned the Bank of England may run the risk of missing the boat.", &[]),
    // halving aid is no support
    ("The U.S. Senate voted to halve aid to Panama.", &[]),
    // a noun whose parties oppose each other: a dispute, feud, row
    (
        "Egypt, which is locked in a dispute with Ethiopia over a giant Nile dam, strengthened ties with Eritrea.",
        &["egypt opposes ethiopia", "ethiopia opposes egypt"],
    ),
    (
        "Yasuhiro Nakasone intervened to resolve Japan's escalating dispute with the U.S. over semiconductors.",
        &["japan opposes united-states", "united-states opposes japan"],
    ),
    (
        "Karol Nawrocki vetoed the bill, deepening his feud with Prime Minister Donald Tusk's government.",
        &["donald-tusk opposes karol-nawrocki", "karol-nawrocki opposes donald-tusk"],
    ),
    ("The row between Britain and France deepened.", &["france opposes united-kingdom", "united-kingdom opposes france"]),
    ("The EU asked the WTO to arbitrate on the fish dispute with Canada.", &[]),
    ("Police from France stood in a row with their shields.", &[]),
    // a poll's share is no backing; a sum of aid is
    ("The poll, to be published in tomorrow's Guardian newspaper, showed support for Labour stood at 38 pct.", &[]),
    ("Germany's support for Ukraine was 5 billion euros.", &["germany supports ukraine"]),
    // the subject stands before a relative clause opened by "whom"; the accuser is inside it
    (
        "Nicolas Maduro, whom the U.S. accuses of leading a cartel, denied the charges.",
        &["nicolas-maduro denies united-states", "united-states criticises nicolas-maduro"],
    ),
    // "has clashed (repeatedly) with", strikes carried out in a country, barring
    ("Gustavo Petro, who has clashed repeatedly with Donald Trump, spoke.", &["gustavo-petro opposes donald-trump"]),
    ("Gustavo Petro has clashed with Donald Trump.", &["gustavo-petro opposes donald-trump"]),
    ("Israel continues to carry out air strikes in southern Syria.", &["israel opposes syria"]),
    ("The Commerce Department has barred Nvidia from selling chips.", &["us-commerce-department opposes nvidia"]),
    // support thrown behind an organisation's plan backs the organisation
    (
        "Friedrich Merz threw his support behind a European Commission plan.",
        &["friedrich-merz supports european-commission"],
    ),
    // a country before a proposal or plan is its maker
    ("Volodymyr Zelenskiy rejected a U.S. proposal that Kyiv cede the Donbas.", &["volodymyr-zelensky opposes united-states"]),
    ("Volodymyr Zelenskiy rejected the U.S. peace plan.", &["volodymyr-zelensky opposes united-states"]),
    // a passive participle phrase after a noun is not the subject's place: the plan's makers
    // are welcomed as makers ("welcomed the U.S.-drafted plan"), not as guests
    (
        "The plan, drafted by U.S. envoy Steve Witkoff and Kremlin envoy Kirill Dmitriev, was welcomed by Moscow.",
        &[
            "kirill-dmitriev affiliated_with kremlin",
            "russia supports kirill-dmitriev",
            "russia supports steve-witkoff",
            "steve-witkoff affiliated_with united-states",
        ],
    ),
    (
        "The mission, headed by Gabin Ran Kankani, head of the Bank's Brazil division, met Finance Ministry secretary Nailson Nobrega.",
        &[],
    ),
    // no plans for a meeting, any talks: none held
    ("The Kremlin said there were no plans for a meeting between Vladimir Putin and Volodymyr Zelenskiy.", &[]),
    ("Kremlin says no plans for Putin-Zelenskiy meeting", &[]),
    (
        "South Korean President Lee Jae-myung has said he supports any talks between Washington and Pyongyang.",
        &["lee-jae-myung affiliated_with south-korea"],
    ),
    // a claim made while arguing is the arguer's
    (
        "India opposed the loan, arguing that Pakistan uses funds to back militant groups, a claim Islamabad rejects.",
        &["pakistan denies india"],
    ),
    // designating or regarding someone as a terrorist or a threat is a judgement
    ("The United States designated Hamas a terrorist organisation.", &["united-states criticises hamas"]),
    (
        "Turkey, which regards the Syrian Democratic Forces as a terrorist organisation, welcomed the deal.",
        &["turkey criticises syrian-democratic-forces"],
    ),
    ("The EU regards Hungary as a partner.", &[]),
    // money invested in an organisation backs it (not in a country or place)
    (
        "Microsoft, which has invested more than $13 billion in OpenAI, lost its exclusive status.",
        &["microsoft supports openai"],
    ),
    ("Google invested $10 billion in India.", &[]),
    ("Nvidia will invest $5 billion in Intel.", &[]),
    // the one thanked for help gave it
    (
        "Taiwan's government thanked the United States for the $11 billion package.",
        &["united-states supports taiwan"],
    ),
    ("Hun Manet thanked Malaysia for its mediation.", &["malaysia supports hun-manet"]),
    ("Emmanuel Macron thanked Keir Starmer for coming.", &[]),
    // what is welcomed may be made by the one welcomed (a guest is met, not backed)
    ("Russia welcomed the U.S. peace plan.", &["russia supports united-states"]),
    ("Kyiv welcomed the IMF decision.", &["ukraine supports international-monetary-fund"]),
    ("Donald Trump welcomed Xi Jinping.", &["donald-trump meets xi-jinping"]),
    // what someone is accused of, answered with a denial in the sentence, is a claim, not
    // the act; the accusation and the denial stand
    (
        "Ukraine accused Iran of supplying Russia with drones, a charge Tehran denies.",
        &["iran denies ukraine", "ukraine criticises iran"],
    ),
    (
        "Sudan accused the UAE of sending weapons to Chad, an accusation the UAE has repeatedly denied.",
        &["sudan criticises united-arab-emirates", "united-arab-emirates denies sudan"],
    ),
    (
        "Kyiv blamed Moscow for attacking Poland, which the Kremlin denied.",
        &["kremlin denies ukraine", "ukraine criticises russia"],
    ),
    ("Ukraine accused Iran of supplying Russia with drones.", &["iran supports russia", "ukraine criticises iran"]),
    ("Iran has allegedly supplied drones to Russia.", &[]),
    // denying an act is no denial aimed at what the act names
    ("Iran denies arming Hamas.", &[]),
    ("Russia denied Ukraine's claims.", &["russia denies ukraine"]),
    // ", and" after a lone name opens a clause; it ends a list of three
    (
        "Ukraine criticised Russia, and Germany criticised Iran.",
        &["germany criticises iran", "ukraine criticises russia"],
    ),
    (
        "Britain, France, and Germany criticised Iran.",
        &["france criticises iran", "germany criticises iran", "united-kingdom criticises iran"],
    ),
    // a name inside a relative clause without commas is no subject of the main verb
    ("The plan that Ukraine rejected last week was backed by Hungary.", &[]),
    ("The deal Kyiv rejected was backed by Hungary.", &[]),
    (
        "Craig Bellamy's claim that Graeme Souness had lied about the bust-up was strongly denied by Freddy Shepherd.",
        &["person:freddy-shepherd denies person:craig-bellamy"],
    ),
    ("Ukraine's plan that Russia rejected was backed by Hungary.", &["hungary supports ukraine"]),
    // a finite verb after a bare comma shares the subject of the clause before
    (
        "Israel struck Beirut, killed a Hezbollah commander.",
        &["israel opposes hezbollah", "israel opposes lebanon"],
    ),
    // a passive participle right after a noun is on that noun: the one acted on is the noun,
    // an apposition's name or the noun's owner
    ("Iran barred inspectors from sites bombed by Israel.", &[]),
    ("Iraq has militias backed by Iran.", &[]),
    ("Hezbollah, a group backed by Iran, vowed to respond.", &["iran supports hezbollah"]),
    (
        "One diplomat said China's prospects are good, with its application supported by the United States and Japan.",
        &["japan supports china", "united-states supports china"],
    ),
    // rejecting criticism answers the critic
    (
        "Friedrich Merz dismissed criticism from Donald Trump.",
        &["donald-trump criticises friedrich-merz", "friedrich-merz denies donald-trump"],
    ),
    ("Friedrich Merz rejects Trump criticism on migration.", &["friedrich-merz denies donald-trump"]),
    // a destination with a meeting's purpose after it is a venue
    ("Dan Driscoll flew to Abu Dhabi to meet Russian officials.", &["dan-driscoll meets russia"]),
    ("Dan Driscoll flew to Abu Dhabi.", &["dan-driscoll meets united-arab-emirates"]),
    // a country's decision or move is its own
    ("Venezuela rejected the U.S. decision to designate the cartel.", &["venezuela opposes united-states"]),
    // names called with an adjective or an insult after the article
    ("Donald Trump called Gustavo Petro an illegal drug leader.", &["donald-trump criticises gustavo-petro"]),
    ("Trump called Putin a war criminal.", &["donald-trump criticises vladimir-putin"]),
    ("Macron called Germany a partner.", &[]),
    // a protest lodged with a state; clashing in the present tense (not a match: "clash with")
    ("The Philippines lodged a diplomatic protest with China.", &["philippines criticises china"]),
    ("Gustavo Petro clashes with Donald Trump over boat strikes.", &["gustavo-petro opposes donald-trump"]),
    ("Simon Taylor was named for Saturday's Six Nations clash with Italy.", &[]),
    // an apposition of titles after a person is skipped in the search for the subject
    (
        "Peter Mandelson, former Labour minister and now a European Commissioner, warned the BBC.",
        &["peter-mandelson affiliated_with labour-party", "peter-mandelson criticises bbc"],
    ),
    // a gerund opening a clause names no one acting
    ("He warned the BBC that attacking Alastair Campbell had brought it trouble before.", &[]),
    // a noun opening the clause after "said (that)" is not the speaker's
    ("Nicholas Goodison said that sanctions against Japanese banks would hurt London.", &[]),
    ("Germany said its support for Ukraine would continue.", &["germany supports ukraine"]),
    ("The World Bank said it approved loans to Jamaica.", &["world-bank supports jamaica"]),
    // a person welcomed right after the verb is received: met
    ("Tayyip Erdogan welcomed Pope Leo to Ankara on Thursday.", &["pope-leo-xiv meets recep-tayyip-erdogan"]),
    (
        "Xi Jinping welcomed Russian President Vladimir Putin.",
        &["vladimir-putin affiliated_with russia", "vladimir-putin meets xi-jinping"],
    ),
    // a "that" before a participle opening a clause is a relative clause's
    (
        "India blamed a militant group for a car bombing that killed 13 people, prompting a sharp denial from Islamabad.",
        &["pakistan denies india"],
    ),
    // a name as the bare object of "deny"/"dismiss" is kept from something, not answered
    ("Paulo Ferreira denied Steven Gerrard with a last-ditch tackle.", &[]),
    ("The referee Anders Frisk dismissed Didier Drogba.", &[]),
    ("Israel denied Hamas claims.", &["israel denies hamas"]),
    // a relative clause or apposition between commas before the trigger is not its clause for
    // the cues; the words before it are
    (
        "Nestle said it had also invited Fritz Leutwiler, former president of the Swiss National Bank, to join the Nestle board.",
        &["person:fritz-leutwiler affiliated_with swiss-national-bank"],
    ),
    ("Iran, which could attack Israel, backed Hamas.", &["iran supports hamas"]),
    // "their meeting": coordinated subjects meet each other
    ("Trump and Putin held their first meeting in Alaska.", &["donald-trump meets vladimir-putin"]),
    (
        "Xi Jinping and Lee Jae-myung agreed on Saturday to restore exchanges, in their first meeting since June.",
        &["lee-jae-myung meets xi-jinping"],
    ),
    ("Russia and China will hold their talks next week.", &[]),
    (
        "Romania, which has backed Moldova's bid to join the European Union, condemned Russian interference.",
        &["romania criticises russia", "romania supports moldova"],
    ),
    ("Japan dismissed U.S. fears that the takeover would violate the law.", &["japan denies united-states"]),
    // the agent of an act named with what it is of
    (
        "Russia criticised the reimposition of U.N. sanctions by Britain and France.",
        &["russia criticises france", "russia criticises united-kingdom"],
    ),
    ("Israel condemned the recognition of a Palestinian state by Canada.", &["israel criticises canada"]),
    ("Egypt condemned the killing of civilians near Gaza City.", &[]),
    // a country's initiative or pressure is the country's
    ("Hungary welcomed the U.S. initiative.", &["hungary supports united-states"]),
    ("Mexico resisted the U.S. pressure on migration.", &["mexico opposes united-states"]),
    ("Hungary welcomed the Ukraine talks.", &[]),
    // what the members of an organisation of states are, after its possessive
    ("Iraq, OPEC's second-largest producer, said it would comply.", &["iraq member_of opec"]),
    ("Germany, the EU's largest economy, backed the plan.", &["germany member_of european-union"]),
    ("Ukraine, NATO's partner country, spoke.", &[]),
    ("Russia, the EU's biggest gas supplier, cut flows.", &[]),
    // at odds with someone
    (
        "Karol Nawrocki vetoed a bill, putting him at odds with Prime Minister Donald Tusk.",
        &["karol-nawrocki opposes donald-tusk"],
    ),
    ("Karol Nawrocki is not at odds with Donald Tusk.", &[]),
    (
        "Karol Nawrocki and Donald Tusk are at odds over aid.",
        &["donald-tusk opposes karol-nawrocki", "karol-nawrocki opposes donald-tusk"],
    ),
    (
        "Poland and Hungary are at odds with Germany over aid.",
        &["hungary opposes germany", "poland opposes germany"],
    ),
    // a part of what someone leads or drafts
    (
        "Volodymyr Zelenskiy on Monday rejected key parts of a U.S.-drafted peace plan.",
        &["volodymyr-zelensky opposes united-states"],
    ),
    // what someone made, backed or welcomed, is its maker's
    ("Hungary welcomed the peace plan drafted by Steve Witkoff.", &["hungary supports steve-witkoff"]),
    ("Germany backed the sanctions imposed by the European Union.", &["germany supports european-union"]),
    ("Hungary welcomed the peace plan.", &[]),
    // "the alliance's", "the bloc's": the organisation of that kind named before
    (
        "NATO leaders met in The Hague. Finland and Sweden, the alliance’s newest members, sent jets.",
        &["finland member_of nato", "sweden member_of nato"],
    ),
    ("Finland and Sweden, the alliance's newest members, sent jets.", &[]),
    // pressure on the subject after a linking verb
    (
        "The Swiss government has come under pressure from Germany and Denmark.",
        &["denmark criticises switzerland", "germany criticises switzerland"],
    ),
    ("Sami Hyypia headed the ball into his own net under pressure from Steven Gerrard.", &[]),
    // judgements of a person
    ("Donald Trump called John Bolton \"a bad person\".", &["donald-trump criticises john-r-bolton"]),
    ("Donald Trump called Keir Starmer a good man.", &[]),
    // the makers of a plan named between commas before a passive
    (
        "The plan, which was drawn up by Steve Witkoff and Kirill Dmitriev, was welcomed by Moscow.",
        &["russia supports kirill-dmitriev", "russia supports steve-witkoff"],
    ),
    ("The proposal, put forward by Egypt, was rejected by Israel.", &["israel opposes egypt"]),
    ("The team, led by Steve Witkoff, was welcomed by Moscow.", &[]),
    // a country's possessive before a title and a name nobody knows: that person acts
    ("Britain's Prince William met Brazilian President Luiz Inacio Lula da Silva in Rio.", &["luiz-inacio-lula-da-silva affiliated_with brazil"]),
    ("Russia's foreign ministry backed Aleksandar Vucic.", &["russia supports aleksandar-vucic"]),
    // ready for talks: none held
    ("Vladimir Putin said Moscow was ready for talks with Washington.", &[]),
    // a person's aide is someone else; the aide named after the title is the object
    ("Rhys Ruddock's assessment was backed up by John Yapp's coach at the Blues, Dai Young.", &[]),
    ("Keir Starmer criticised Donald Trump's spokeswoman.", &[]),
    (
        "Keir Starmer met Donald Trump's special envoy Steve Witkoff in London.",
        &["keir-starmer meets steve-witkoff", "steve-witkoff affiliated_with donald-trump"],
    ),
    ("John Kerry attacked President Bush's economic record.", &["john-kerry criticises george-w-bush"]),
    ("Robin Cook gave his support to Gordon Brown's prime ministerial ambitions.", &["robin-cook supports gordon-brown"]),
    // "his"/"her" before a person's conduct: the one other person the sentence names
    (
        "Mark Carney, who met Claudia Sheinbaum in Mexico City, backed her stance.",
        &["claudia-sheinbaum meets mark-carney", "mark-carney supports claudia-sheinbaum"],
    ),
    ("Mark Carney backed his stance.", &[]),
    ("Mark Carney, asked about Claudia Sheinbaum, defended his policies.", &[]),
    // a person named after a title and a comma is the object
    ("Elon Musk has repeatedly criticised its chief executive, Sam Altman.", &["elon-musk criticises sam-altman"]),
    ("Elon Musk criticised the chief executive, Sam Altman said.", &[]),
    // a quoted judgement before a charge
    (
        "The Kremlin dismissed as \"absurd\" a report by Britain that Russia was preparing attacks.",
        &["kremlin denies united-kingdom"],
    ),
    // talks on joining are no membership
    ("Georgia suspended talks on joining the European Union.", &[]),
    ("Finland joined NATO after talks on security.", &["finland member_of nato"]),
    // a person welcomed in the passive is received too; a place may stand before the agent
    (
        "Ahmed al-Sharaa was welcomed at the White House by Donald Trump on Monday.",
        &["ahmed-al-sharaa meets donald-trump"],
    ),
    ("Ukraine was backed in Brussels by Germany.", &["germany supports ukraine"]),
    ("Ahmed al-Sharaa's decision was welcomed by Donald Trump.", &["donald-trump supports ahmed-al-sharaa"]),
    // what two parties do together is both parties' conduct (not an agreement)
    (
        "South Korea condemned the military cooperation between Pyongyang and Moscow.",
        &["south-korea criticises north-korea", "south-korea criticises russia"],
    ),
    (
        "Turkey welcomed the rapprochement between Armenia and Azerbaijan.",
        &["turkey supports armenia", "turkey supports azerbaijan"],
    ),
    ("Germany welcomed the efforts of Qatar.", &["germany supports qatar"]),
    ("Iran praised the deal between Hamas and Israel.", &[]),
    // a complaint is aimed at what it is about, not at whom it is made to
    (
        "Microsoft, which had complained to the Commission about Google's practices, welcomed the fine.",
        &["microsoft criticises google"],
    ),
    ("Microsoft complained about Google.", &["microsoft criticises google"]),
    ("Ukraine complained to Hungary about its veto.", &["ukraine criticises hungary"]),
    ("The Muslim Council of Britain has complained to broadcasting watchdog Ofcom.", &[]),
    ("Cyprus protested to the United Nations over Turkey's violations.", &["cyprus criticises turkey"]),
    // a country presiding over an organisation of states is a member
    ("Malaysia, which chairs ASEAN, urged restraint.", &["malaysia member_of association-of-southeast-asian-nations"]),
    ("Denmark, which holds the EU's rotating presidency, backed the plan.", &["denmark member_of european-union"]),
    ("Poland took over the rotating presidency of the European Union.", &["poland member_of european-union"]),
    ("Britain and Denmark, which assumes the EU presidency in July, agreed.", &["denmark member_of european-union"]),
    ("Malaysia hopes to chair ASEAN.", &[]),
    ("Emmanuel Macron chairs the G7 summit.", &[]),
    // talks between others that someone is only ready to host have not happened
    ("Turkey said it was ready to host a new round of talks between Russia and Ukraine.", &[]),
    ("Turkey hosted a new round of talks between Russia and Ukraine.", &["russia meets ukraine"]),
    // a Portuguese or Spanish surname without its particle, after the full name
    (
        "Justice Alexandre de Moraes ruled. Eduardo Bolsonaro accused Moraes of persecution.",
        &["person:eduardo-bolsonaro criticises alexandre-de-moraes"],
    ),
    // an interview with a news outlet is no meeting
    ("Donald Trump spoke with the BBC on Monday.", &[]),
    ("Kaczurba was talking to Reuters about the economy.", &[]),
    ("John Krieger said talks with NBC stalled.", &["nbc-news meets person:john-krieger"]),
    // who reports a judgement of what someone said criticises them, or denies the charge
    (
        "Spokesman Lin Jian said Sanae Takaichi's remarks were \"egregious\".",
        &["person:lin-jian criticises sanae-takaichi"],
    ),
    ("Russia said that Britain's claims were baseless.", &["russia denies united-kingdom"]),
    ("Macron said Trump's remarks were irresponsible.", &["emmanuel-macron criticises donald-trump"]),
    ("Macron said Trump's remarks were not irresponsible.", &[]),
    ("Macron may have said Trump's remarks were irresponsible.", &[]),
    ("Macron said Trump's plan was dangerous.", &[]),
    // standing (firmly) by, with or behind someone
    ("India stood firmly by Russia.", &["india supports russia"]),
    ("India stood behind Russia.", &["india supports russia"]),
    // more verbs of rebuke
    ("Erdogan chastised Sweden.", &["recep-tayyip-erdogan criticises sweden"]),
    ("The EU reprimanded Hungary.", &["european-union criticises hungary"]),
    ("Claudia Sheinbaum scolded Donald Trump.", &["claudia-sheinbaum criticises donald-trump"]),
    ("Viktor Orban railed against Brussels.", &["viktor-orban criticises european-union"]),
    // an adviser to an organisation or its leader works for it; an envoy to one does not
    (
        "Anwar Gargash, an adviser to the UAE president, criticised the decision.",
        &["person:anwar-gargash affiliated_with united-arab-emirates"],
    ),
    ("Hans Mast, senior economic adviser to Credit Suisse, spoke.", &["person:hans-mast affiliated_with credit-suisse"]),
    ("Vassily Nebenzia, ambassador to the UN, spoke.", &[]),
    // a claim rejected by a state's government after an article
    (
        "Donald Trump accused Pretoria of persecuting farmers, a claim the South African government has rejected as false.",
        &["donald-trump criticises south-africa", "south-africa denies donald-trump"],
    ),
    // a clause after a subordinator, with an adverb before its verb
    (
        "Netanyahu spoke a day after Britain and Canada formally recognised Palestine.",
        &["canada supports palestine", "united-kingdom supports palestine"],
    ),
    // talks between two nationalities' envoys are their states'
    ("Turkey hosted three rounds of direct talks between Russian and Ukrainian delegations.", &["russia meets ukraine"]),
    ("Talks between Russian and Ukrainian companies resumed.", &[]),
    ("Turkey was ready to host talks between Russian and Ukrainian officials.", &[]),
    // arms sold or credit extended to a named recipient; coming to someone's defence
    ("Washington approved a $400 million arms sale to Taiwan.", &["united-states supports taiwan"]),
    ("Beijing denounced the U.S. arms sales to Taiwan.", &["china criticises united-states", "united-states supports taiwan"]),
    ("China extended a $2 billion credit line to Pakistan.", &["china supports pakistan"]),
    ("Donald Trump extended an invitation to Vladimir Putin.", &[]),
    ("Macron came to the defence of Zelensky.", &["emmanuel-macron supports volodymyr-zelensky"]),
    // pushing back on a charge denies it
    ("The Kremlin pushed back on claims by Ukraine.", &["kremlin denies ukraine"]),
    // talks after a subordinator, counted ("said after two days of talks with Y")
    (
        "Scott Bessent said after two days of talks with He Lifeng in Stockholm.",
        &["he-lifeng meets scott-bessent"],
    ),
    ("Scott Bessent spoke after a round of talks with He Lifeng.", &["he-lifeng meets scott-bessent"]),
    ("Scott Bessent spoke after Donald Trump held talks with He Lifeng.", &["donald-trump meets he-lifeng"]),
    // a party and the place one stands for
    (
        "Lindsey Graham, a Republican from South Carolina, has pushed for sanctions.",
        &["lindsey-graham affiliated_with republican-party"],
    ),
    // the object of a relative clause past a perfect
    ("India, which Donald Trump has accused of fuelling the war, faces a tariff.", &["donald-trump criticises india"]),
    ("India, which Russia has been accused of helping, spoke.", &[]),
    // a country before words that also make titles modifies the noun after them
    ("President Reagan supported the Uruguay trade round.", &[]),
    ("Australia accused the U.S. of protectionism.", &["australia criticises united-states"]),
    // "shall" is a future like "will"
    ("Britain shall support Ukraine.", &[]),
    // breaking or falling out with someone
    (
        "Luis Arce, who broke with Evo Morales in 2023, spoke.",
        &["luis-arce opposes evo-morales"],
    ),
    ("Elon Musk fell out with Donald Trump in June.", &["elon-musk opposes donald-trump"]),
    ("The party broke with tradition.", &[]),
    // a nationality's sportsman is no state
    ("The Welsh striker criticised Graeme Souness.", &[]),
    // examples of an organisation's members
    (
        "EU member states such as Poland and Latvia have urged the bloc to act.",
        &["latvia member_of european-union", "poland member_of european-union"],
    ),
    ("NATO members, including Canada, pledged support.", &["canada member_of nato"]),
    ("EU members like Hungary objected.", &["hungary member_of european-union"]),
    ("Poland, like Hungary, objected.", &[]),
    // a party's politician, legislator or MEP
    ("Republican politician Fred Upton spoke.", &["person:fred-upton affiliated_with republican-party"]),
    ("In Germany, Green party politician Robert Habeck left.", &["robert-habeck affiliated_with german-greens"]),
    // what a text says that one abstained on, voted against or vetoed is not said by them
    ("India abstained on Thursday in a UN vote condemning Russia's annexation of Crimea.", &[]),
    ("China vetoed a resolution condemning Russia.", &[]),
    ("France voted against a motion criticising Israel.", &[]),
    ("France voted for a motion criticising Israel.", &["france criticises israel"]),
    ("Liam Fox opened proceedings with a speech criticising Tony Blair's record.", &["liam-fox criticises tony-blair"]),
    // the owner of a harm done to them is its victim, not what is condemned or opposed
    ("The US condemned Imran Khan's arrest.", &[]),
    ("Gali Baharav-Miara opposed Ronen Bar's planned dismissal.", &[]),
    ("Imran Khan's arrest by police was condemned by the United States.", &[]),
    ("Imran Khan, whose arrest was condemned by the United States, remains in jail.", &[]),
    ("The US condemned Imran Khan, whose arrest sparked protests.", &["united-states criticises imran-khan"]),
    ("The EU condemned Israel's killing of journalists.", &["european-union criticises israel"]),
    ("Ukraine, whose bid was backed by Germany, applied.", &["germany supports ukraine"]),
    ("Donald Trump spoke with Emmanuel Macron on Monday.", &["donald-trump meets emmanuel-macron"]),
    // a list of titled people; a phrase opening the sentence ends at its comma
    (
        "British Prime Minister Keir Starmer, French President Emmanuel Macron and German Chancellor Friedrich Merz spoke with Zelenskiy.",
        &[
            "emmanuel-macron affiliated_with france",
            "emmanuel-macron meets volodymyr-zelensky",
            "friedrich-merz affiliated_with germany",
            "friedrich-merz meets volodymyr-zelensky",
            "keir-starmer affiliated_with united-kingdom",
            "keir-starmer meets volodymyr-zelensky",
        ],
    ),
    (
        "In Paris, Emmanuel Macron and Friedrich Merz met Zelenskiy.",
        &["emmanuel-macron meets volodymyr-zelensky", "friedrich-merz meets volodymyr-zelensky"],
    ),
    (
        "Iran held talks with Britain, France and Germany, and criticised the United States.",
        &["france meets iran", "germany meets iran", "iran criticises united-states", "iran meets united-kingdom"],
    ),
    // an act named after the clause is its subject's ("an attack", "a strike", irregular pasts)
    (
        "Israel struck Iranian nuclear sites in June, an attack condemned by Russia and China.",
        &["china criticises israel", "israel opposes iran", "russia criticises israel"],
    ),
    ("Israel struck Iran in an attack backed by the United States.", &["israel opposes iran", "united-states supports israel"]),
    ("China sanctioned Lockheed Martin, a move criticised by Washington.", &["china opposes lockheed-martin", "united-states criticises china"]),
    // a country after an article and an adjective modifies the noun ("a large U.S. air base"),
    // whose owner is acted on when it is one of its forces, posts or policies
    ("Qatar, which hosts a large U.S. air base, was targeted by Iran.", &["iran opposes qatar"]),
    ("Iran attacked a major U.S. base in Qatar.", &["iran opposes united-states"]),
    ("Russia criticised the latest U.S. sanctions on Iran.", &["russia criticises united-states", "united-states opposes iran"]),
    ("Colombia blamed an inflexible U.S. position for the failure.", &["colombia criticises united-states"]),
    ("Qatar hosted the Israeli delegation.", &["israel meets qatar"]),
    // "their meeting" of the subject and the one it acts with in the clause
    (
        "Lee Jae-myung discussed the issue with Donald Trump during their meeting in Gyeongju.",
        &["donald-trump meets lee-jae-myung"],
    ),
    // "help" right before the one helped
    ("North Korea has sent troops to help Russia fight Ukraine.", &["north-korea supports russia"]),
    ("Egypt agreed to help OPEC by restraining production.", &["egypt supports opec"]),
    ("Connors wants a role with the LTA to help unearth the next Tim Henman.", &[]),
    ("He declined to describe what sort of help the Saudis were providing.", &[]),
    // support after an adjective of degree is a noun; a country's party is not the state
    ("Saudi Arabia gave its full support to Syria.", &["saudi-arabia supports syria"]),
    (
        "Britain, France and Germany pledged their continued support to Ukraine.",
        &["france supports ukraine", "germany supports ukraine", "united-kingdom supports ukraine"],
    ),
    ("Brazil's leading political party has expressed full support to President Jose Sarney.", &[]),
    // the envoys of states that open the clause act for them
    ("Officials from Egypt met Abdel Fattah al-Burhan in Port Sudan.", &["abdel-fattah-al-burhan meets egypt"]),
    ("Mediators from Qatar and Egypt held talks with Hamas negotiators.", &["egypt meets hamas", "hamas meets qatar"]),
    ("A delegation from Ukraine met Recep Tayyip Erdogan.", &["recep-tayyip-erdogan meets ukraine"]),
    ("Trump said officials from Egypt met Hamas.", &["egypt meets hamas"]),
    (
        "Abdel Fattah al-Burhan met officials from Egypt and criticised the UAE.",
        &["abdel-fattah-al-burhan criticises united-arab-emirates", "abdel-fattah-al-burhan meets egypt"],
    ),
    // names called in the passive, by whom after "by"
    ("Hamas was designated a terrorist organisation by Britain in 2021.", &["united-kingdom criticises hamas"]),
    ("Hamas, branded a terrorist group by the European Union, rejected the plan.", &["european-union criticises hamas"]),
    ("Hamas has not been designated a terrorist organisation by Norway.", &[]),
    ("Hamas was called a partner by Qatar.", &[]),
    // "with both X and Y" is a phrase: no subject of the verb after it
    (
        "Turkey has maintained close ties with both Moscow and Kyiv and supplied drones to Ukraine.",
        &["turkey supports ukraine"],
    ),
    // a person's company, the name ending the phrase
    ("Elon Musk's xAI has sued OpenAI.", &["elon-musk affiliated_with xai", "xai opposes openai"]),
    ("Jeff Bezos's Amazon, which owns the Post, grew.", &["jeff-bezos affiliated_with amazon"]),
    ("Donald Trump's Nvidia deal angered China.", &[]),
    // a judgement of a titled person's words
    (
        "Shehbaz Sharif called Indian Prime Minister Narendra Modi's remarks reckless.",
        &["narendra-modi affiliated_with india", "shehbaz-sharif criticises narendra-modi"],
    ),
    (
        "China called Japan's Prime Minister Sanae Takaichi's comments provocative.",
        &["china criticises sanae-takaichi", "sanae-takaichi affiliated_with japan"],
    ),
    ("Shehbaz Sharif called Indian Prime Minister Narendra Modi's remarks on Monday.", &["narendra-modi affiliated_with india"]),
    // a reciprocal phrase followed by "of" is still a verb
    ("Israel and Hamas traded accusations of violating the ceasefire.", &["hamas criticises israel", "israel criticises hamas"]),
    // envoys as objects act for their state
    ("Marco Rubio met senior officials from Egypt and Saudi Arabia.", &["egypt meets marco-rubio", "marco-rubio meets saudi-arabia"]),
    ("Marco Rubio met officials from the Chinese embassy.", &[]),
    // continuing what one does is no hedge
    ("Norway will continue to support Ukraine.", &["norway supports ukraine"]),
    ("Norway would keep backing Ukraine.", &["norway supports ukraine"]),
    ("Norway will not continue to support Ukraine.", &[]),
    ("If Norway continues to support Ukraine, Russia will respond.", &[]),
    ("Norway will support Ukraine.", &[]),
    // what a report says, through its clause; a meeting agreed to is not held yet
    (
        "The Kremlin dismissed a report that Vladimir Putin had agreed to a summit with Volodymyr Zelenskiy.",
        &[],
    ),
    ("Traders said reports that Iran opened a new front and Iraq attacked Iranian oil fields were supportive.", &[]),
    ("Vladimir Putin agreed to a summit with Volodymyr Zelenskiy.", &[]),
    ("Vladimir Putin flew to a summit with Volodymyr Zelenskiy.", &["vladimir-putin meets volodymyr-zelensky"]),
    ("Russia's claim that Kyiv had lied was strongly denied by Ukraine.", &["ukraine denies russia"]),
    // a demonym before a state's act names its maker
    ("The Palestinian Authority welcomed the Indonesian offer.", &["palestinian-authority supports indonesia"]),
    ("Egypt welcomed the American people.", &[]),
    // solidarity voiced
    ("Saudi Arabia and the UAE voiced solidarity with Qatar.", &["saudi-arabia supports qatar", "united-arab-emirates supports qatar"]),
    // a hostile act named, without a verb around it
    ("The party won despite what President Maia Sandu called massive Russian interference.", &["maia-sandu criticises russia"]),
    ("The party won despite what Maia Sandu called a Russian victory.", &[]),
    ("The party won despite what Maia Sandu would call Russian interference.", &[]),
    // a person's party named in an apposition
    ("Imran Khan's party, Pakistan Tehreek-e-Insaf, said the measures would hurt.", &["imran-khan affiliated_with pti"]),
    ("Keir Starmer's party, the Labour Party, won.", &["keir-starmer affiliated_with labour-party"]),
    ("Keir Starmer's party, Reform UK and Labour, won.", &[]),
    // an object pronoun stands for the person of the sentence before
    (
        "Gustavo Petro has criticised U.S. strikes. Venezuela's Nicolas Maduro praised him.",
        &[
            "gustavo-petro criticises united-states",
            "nicolas-maduro affiliated_with venezuela",
            "nicolas-maduro supports gustavo-petro",
        ],
    ),
    ("Maia Sandu won. Romania congratulated her on the victory.", &["romania supports maia-sandu"]),
    ("Maia Sandu won. Russia criticised her remarks.", &["russia criticises maia-sandu"]),
    ("Maia Sandu won. Russia criticised her election.", &[]),
    ("Gustavo Petro spoke. Donald Trump met Xi Jinping and praised him.", &["donald-trump meets xi-jinping"]),
    ("Gustavo Petro spoke. Mr Campbell said the agency of Brazil was blaming him.", &[]),
    ("Gustavo Petro spoke. Nicolas Maduro said that Brazil was blaming him.", &[]),
    ("Gustavo Petro spoke. It rained. Brazil criticised him.", &[]),
    // coordinated subjects at or holding a meeting meet each other
    (
        "Kyriakos Mitsotakis and Tayyip Erdogan pledged to improve ties at a meeting in Athens.",
        &["kyriakos-mitsotakis meets recep-tayyip-erdogan"],
    ),
    ("Kyriakos Mitsotakis and Tayyip Erdogan held a meeting in Athens.", &["kyriakos-mitsotakis meets recep-tayyip-erdogan"]),
    ("Kyriakos Mitsotakis and Tayyip Erdogan attended a meeting of NATO ministers.", &[]),
    (
        "George Younger and Michael Jopling spoke during a visit to Saudi Arabia.",
        &["saudi-arabia meets person:george-younger", "saudi-arabia meets person:michael-jopling"],
    ),
    // aid received from a giver named before the noun
    ("Egypt received billions of dollars in U.S. military aid.", &["united-states supports egypt"]),
    ("Egypt received a letter about U.S. aid to Israel.", &["united-states supports israel"]),
    ("Egypt has U.S. support.", &[]),
    ("Ethiopia and Eritrea traded threats over access to the Red Sea.", &["eritrea criticises ethiopia", "ethiopia criticises eritrea"]),
    // a call held by the subject, past the object of the verb before it
    ("Vladimir Putin discussed Ukraine by phone with Donald Trump.", &["donald-trump meets vladimir-putin"]),
    ("Vladimir Putin discussed Ukraine in a phone call with Donald Trump.", &["donald-trump meets vladimir-putin"]),
    // a plan backed by someone is the plan's backing, not the subject's
    ("Naim Qassem defied a plan backed by Washington.", &[]),
    ("The IMF approved a loan to Pakistan, a move welcomed by Islamabad.", &["international-monetary-fund supports pakistan", "pakistan supports international-monetary-fund"]),
    // a meeting past its venue
    ("Abdel Fattah al-Sisi co-chaired a summit in Sharm el-Sheikh with Donald Trump.", &["abdel-fattah-el-sisi meets donald-trump"]),
    ("Abdel Fattah al-Sisi held talks in Cairo with Donald Trump.", &["abdel-fattah-el-sisi meets donald-trump"]),
    ("Abdel Fattah al-Sisi held talks in Cairo on Monday.", &[]),
    // a charge answered by one whose titles name the accused by a demonym
    (
        "Felix Tshisekedi accused Rwanda of arming rebels. Rwandan President Paul Kagame denied the charge.",
        &["felix-tshisekedi criticises rwanda", "paul-kagame affiliated_with rwanda", "paul-kagame denies felix-tshisekedi"],
    ),
    (
        "Felix Tshisekedi accused Rwanda of arming rebels. Ugandan President Yoweri Museveni denied the charge.",
        &["felix-tshisekedi criticises rwanda", "yoweri-museveni affiliated_with uganda"],
    ),
    // a relative clause on an unnamed noun has no named subject
    ("The Taliban shelters militants who attack Pakistan.", &[]),
    ("Iran backs groups that have repeatedly condemned Israel.", &[]),
    ("Many US lawmakers who blame China for lost jobs spoke.", &["united-states criticises china"]),
    ("Iran, which backs Hamas, condemned Israel.", &["iran criticises israel", "iran supports hamas"]),
    // sanctions lifted by their owner are no longer imposed
    ("Donald Trump, who lifted most U.S. sanctions on Syria in May, praised Ahmed al-Sharaa.", &["donald-trump supports ahmed-al-sharaa"]),
    ("Viktor Orban criticised the European Union's sanctions on Russia.", &["european-union opposes russia", "viktor-orban criticises european-union"]),
    // retaliation
    ("Donald Trump threatened to retaliate against the European Union over the fine.", &["donald-trump opposes european-union"]),
    // a gathering of a body hosted by someone: the attendee does not meet the host
    ("Narendra Modi attended a summit of the Shanghai Cooperation Organisation hosted by Xi Jinping.", &[]),
    ("Narendra Modi was hosted by Xi Jinping.", &["narendra-modi meets xi-jinping"]),
    // the accused denies its own act after the accusation
    (
        "Thailand accused Cambodia of laying landmines. Cambodia denied that its troops had laid new mines.",
        &["cambodia denies thailand", "thailand criticises cambodia"],
    ),
    ("Thailand accused Cambodia of laying landmines. Cambodia denied laying mines.", &["cambodia denies thailand", "thailand criticises cambodia"]),
    ("Thailand accused Cambodia of laying landmines. Laos denied laying mines.", &["thailand criticises cambodia"]),
    // the members of a party act for it; its critics do not
    ("Critics in the Democratic Party accused Scott Bessent of bailing out a foreign ally.", &["democratic-party criticises scott-bessent"]),
    ("Critics of the Democratic Party accused Scott Bessent of bailing out a foreign ally.", &[]),
    ("Lawmakers from the Democratic Party praised Scott Bessent.", &["democratic-party supports scott-bessent"]),
    // a criticism answered in the next sentence; a warning is no charge to deny
    (
        "Ukraine condemned Hungary's decision to buy Russian gas. Hungarian Foreign Minister Peter Szijjarto rejected the criticism.",
        &["peter-szijjarto affiliated_with hungary", "peter-szijjarto denies ukraine", "ukraine criticises hungary"],
    ),
    ("Ukraine warned Hungary against buying Russian gas. Hungary rejected the criticism.", &["ukraine criticises hungary"]),
    // what is discussed is a topic; those who discuss it together meet
    ("Benjamin Netanyahu and Marco Rubio discussed the next phase of the Gaza plan.", &["benjamin-netanyahu meets marco-rubio"]),
    ("Vladimir Putin discussed Ukraine with Donald Trump.", &["donald-trump meets vladimir-putin"]),
    ("Vladimir Putin discussed Ukraine.", &[]),
    ("Vladimir Putin and Donald Trump did not discuss Ukraine.", &[]),
    // the seller of arms owns the sale; a country named before an arms plan is no maker
    ("China opposes the latest U.S. arms sale to Taiwan.", &["china opposes united-states", "united-states supports taiwan"]),
    ("Caspar Weinberger opposed the Iran arms initiative.", &[]),
    // past a closing quote to what the verb is aimed at
    ("China said it \"firmly opposes\" the U.S. decision.", &["china opposes united-states"]),
    // past a quoted compound adjective to the owner of the noun
    ("Taiwan thanked the United States for its \"rock-solid\" commitment.", &["united-states supports taiwan"]),
    // a noun's subject is counted from the verb it is the object of
    ("Donald Trump, an ally of Jair Bolsonaro, called the trial a witch hunt and imposed a 50% tariff on Brazil.", &["donald-trump opposes brazil", "donald-trump supports jair-bolsonaro"]),
    // backing one failed to win is no backing
    ("Iran has failed to win backing from China for a new resolution.", &[]),
    ("Iran won backing from China for a new resolution.", &["china supports iran"]),
    // pressure to act is no act, and an infinitive after it names no target
    ("Keir Starmer came under pressure from his own Labour Party to recognise a Palestinian state.", &["labour-party criticises keir-starmer"]),
    ("The Labour Party pressed Keir Starmer to recognise Palestine.", &[]),
    ("Keir Starmer told a press conference he backed Ukraine.", &["keir-starmer supports ukraine"]),
    // bare talks after which the coordinated subjects agreed were their own
    ("Pakistan and Afghanistan agreed to a ceasefire after talks in Doha mediated by Qatar and Turkey.", &["afghanistan meets pakistan"]),
    ("Pakistan agreed to a ceasefire after talks.", &[]),
    // past a compound adjective or an "X-backed" modifier to the object
    ("Germany pledged aid to war-torn Ukraine.", &["germany supports ukraine"]),
    ("Pemex signed for a loan from the Export-Import Bank of Japan.", &[]),
    ("Russia criticised the Iran-backed Houthis.", &["iran supports houthis", "russia criticises houthis"]),
    // "the group" after the sentence's opening stands for the armed group named before
    ("Hamas released hostages. Israel accused the group of delaying the return of bodies.", &["israel criticises hamas"]),
    ("Hezbollah fired rockets. Israel struck the militant group on Monday.", &["israel opposes hezbollah"]),
    ("Spain reached the group stage. Israel criticised the group.", &[]),
    // the subjects of a gerund after "of"
    (
        "The European Community met. Ministers discussed the advantage Japan gains as a result of Spain and Portugal joining the bloc.",
        &["portugal member_of european-community", "spain member_of european-community"],
    ),
    // a party "of" its leader
    ("Dick Schoof resigned after the far-right Party for Freedom of Geert Wilders quit the coalition.", &["geert-wilders affiliated_with pvv"]),
    // the members of a body as an object stand for it
    ("The United States has sanctioned judges of the International Criminal Court.", &["united-states opposes international-criminal-court"]),
    ("Donald Trump met the leaders of Hamas.", &["donald-trump meets hamas"]),
    ("Donald Trump met the leaders of Egypt.", &[]),
    // weapons or an attack launched at a target
    ("Russia launched hundreds of drones and missiles at Ukraine's energy grid overnight.", &["russia opposes ukraine"]),
    ("Donald Trump launched a trade war against China.", &["donald-trump opposes china"]),
    ("Apple launched the iPhone on Amazon.", &[]),
    ("The program launched by Ferdinand Marcos in 1972 ended.", &[]),
    // "it" opening a clause is the state or body named before, a possessor too
    (
        "Charles Redman spoke. He was responding to Iran's announcement that it had launched an offensive against Iraq.",
        &["iran opposes iraq"],
    ),
    (
        "Egypt received aid from Algeria and Qatar to help it resist Israel.",
        &["algeria supports egypt", "egypt opposes israel", "qatar supports egypt"],
    ),
    // what one avoids is not done
    ("China told its citizens to avoid travelling to Japan.", &[]),
    ("Donald Trump avoided criticising Vladimir Putin.", &[]),
    ("Donald Trump met Vladimir Putin to avoid war.", &["donald-trump meets vladimir-putin"]),
    // a lower-case compound before a role ("non-resident", "long-time", "four-term")
    (
        "Elina Ribakova, a non-resident fellow at the Peterson Institute for International Economics, said revenues fell.",
        &["person:elina-ribakova affiliated_with peterson-institute"],
    ),
    ("Elon Musk, a co-founder of OpenAI, sued the company.", &["elon-musk affiliated_with openai"]),
    ("Elina Ribakova, a well-known critic, said so.", &[]),
    // a state's act past a word that also makes titles; talks ruled out past their kind
    ("Venezuela condemned the U.S. military build-up in the Caribbean.", &["venezuela criticises united-states"]),
    ("Venezuela condemned the U.S. air strikes.", &["venezuela criticises united-states"]),
    ("Ali Khamenei ruled out direct talks with Washington.", &[]),
    ("Iran held direct talks with the United States.", &["iran meets united-states"]),
    // a noun described by who imposed or gave it: "sanctions imposed by X on Y"
    ("Sanctions imposed by the EU on Russia have hurt Europe.", &["european-union opposes russia"]),
    ("Lula criticised sanctions imposed on Brazil by Washington.", &["united-states opposes brazil"]),
    ("Aid provided by Washington to Kyiv has slowed.", &["united-states supports ukraine"]),
    ("The sanctions imposed on Russia have hurt Germany.", &[]),
    ("Lula criticised the sanctions imposed by Washington.", &["luiz-inacio-lula-da-silva criticises united-states"]),
    // the target of an act threatened
    ("Trump threatened military action against Nigeria.", &["donald-trump opposes nigeria"]),
    ("China threatened countermeasures against Japan.", &["china opposes japan"]),
    ("The Commission shelved threatened legal action against Germany.", &[]),
    ("Trump threatened a resolution against Nigeria.", &[]),
    // phone calls are meetings (not where a caller called from); a revoked visa
    ("Sanae Takaichi held her first phone call with Trump.", &["donald-trump meets sanae-takaichi"]),
    ("Trump's phone call with Putin lasted two hours.", &["donald-trump meets vladimir-putin"]),
    ("Vladimir Putin said in a phone call from Moscow that he would come.", &[]),
    ("Washington revoked Gustavo Petro's visa.", &["united-states opposes gustavo-petro"]),
    ("Russia revoked its ratification of the treaty.", &[]),
    // a name after "and" that a verb follows opens a clause: neither the object before it
    // nor the subject after it is coordinated (a list after a preposition still is)
    (
        "Russia attacked Ukraine and the EU imposed sanctions on Russia.",
        &["european-union opposes russia", "russia opposes ukraine"],
    ),
    ("China backed Russia and the US criticised China.", &["china supports russia", "united-states criticises china"]),
    (
        "The reported feud between Tony Blair and Gordon Brown has prompted a donor to quit.",
        &["gordon-brown opposes tony-blair", "tony-blair opposes gordon-brown"],
    ),
    // a deed of the sentence before named by a noun: its one doer
    (
        "Israel struck Beirut. Lebanese President Joseph Aoun condemned the strike.",
        &["israel opposes lebanon", "joseph-aoun affiliated_with lebanon", "joseph-aoun criticises israel"],
    ),
    (
        "ECOWAS suspended Guinea-Bissau. Nigeria welcomed the decision.",
        &[
            "economic-community-of-west-african-states opposes guinea-bissau",
            "nigeria supports economic-community-of-west-african-states",
        ],
    ),
    ("Sanae Takaichi praised Trump. China condemned the decision.", &["sanae-takaichi supports donald-trump"]),
    ("The EU imposed sanctions on Russia. Russia condemned the strike.", &["european-union opposes russia"]),
    (
        "Israel struck Beirut and the EU imposed sanctions on Russia. Egypt condemned the decision.",
        &["european-union opposes russia", "israel opposes lebanon"],
    ),
    // a state's troops hosted are no meeting with it (its officials are); a refusal negates
    ("Japan hosts U.S. troops.", &[]),
    ("Xi Jinping hosted U.S. officials.", &["united-states meets xi-jinping"]),
    ("Turkey's refusal to back Sweden angered its allies.", &[]),
    // founders belong to what they founded; seizing opposes the owner
    ("Elon Musk co-founded OpenAI in 2015.", &["elon-musk affiliated_with openai"]),
    (
        "Russia and China founded the Shanghai Cooperation Organisation.",
        &["china member_of shanghai-cooperation-organisation", "russia member_of shanghai-cooperation-organisation"],
    ),
    ("The Netherlands seized Nexperia.", &["netherlands opposes nexperia"]),
    ("Ukraine seized Russian assets.", &["ukraine opposes russia"]),
    ("He found Ukraine divided.", &[]),
    // ", as did X": X did the same; clashes between two sides; echoing one's words
    (
        "Javier Milei congratulated Jose Antonio Kast on his victory, as did U.S. Secretary of State Marco Rubio.",
        &[
            "javier-milei supports jose-antonio-kast",
            "marco-rubio affiliated_with united-states",
            "marco-rubio supports jose-antonio-kast",
        ],
    ),
    (
        "France condemned Russia, as did Germany and Italy.",
        &["france criticises russia", "germany criticises russia", "italy criticises russia"],
    ),
    ("France condemned Russia, as Germany said.", &["france criticises russia"]),
    (
        "Deadly clashes between Israel and Hezbollah continued.",
        &["hezbollah opposes israel", "israel opposes hezbollah"],
    ),
    ("Alexander Lukashenko echoed Sergei Lavrov's comments.", &["alexander-lukashenko supports sergey-lavrov"]),
    // arrests, indictments and outlawing oppose; a pardon supports; "listed X as a terrorist entity"
    ("Turkey arrested Ekrem Imamoglu.", &["turkey opposes ekrem-imamoglu"]),
    ("The United States indicted Nicolas Maduro.", &["united-states opposes nicolas-maduro"]),
    ("Russia outlawed Amnesty International.", &["russia opposes amnesty-international"]),
    ("Russia detained a French national.", &[]),
    ("Ekrem Imamoglu was arrested in March.", &[]),
    ("Isaac Herzog pardoned Benjamin Netanyahu.", &["isaac-herzog supports benjamin-netanyahu"]),
    ("Canada listed the Houthis as a terrorist entity.", &["canada criticises houthis"]),
    ("Russia labelled Human Rights Watch an undesirable organisation.", &["russia criticises human-rights-watch"]),
    // one told something in a call or talks is met
    ("In a phone call, Xi Jinping told Donald Trump that Taiwan was a red line.", &["donald-trump meets xi-jinping"]),
    (
        "Vladimir Putin assured Narendra Modi during talks that supplies would continue.",
        &["narendra-modi meets vladimir-putin"],
    ),
    ("In a meeting, officials told Reuters that Iran would comply.", &[]),
    // nouns of blockades, embargoes and annexations oppose; of endorsement and recognition support
    ("China's blockade of Taiwan began.", &["china opposes taiwan"]),
    ("The U.S. embargo on Cuba continued.", &["united-states opposes cuba"]),
    ("France's recognition of Palestine angered Israel.", &["france supports palestine"]),
    ("China lifted its embargo on Japan.", &[]),
    ("Facial recognition is used in Russia.", &[]),
    // a noun after a gerund of imposing; a hostile act threatened; an attack's target far after it
    (
        "Donald Trump on Thursday signed an executive order imposing new sanctions on Russia.",
        &["donald-trump opposes russia"],
    ),
    ("Germany is considering imposing new sanctions on Russia.", &[]),
    ("Donald Trump threatened to punish Spain with higher tariffs.", &["donald-trump opposes spain"]),
    ("Donald Trump threatened to leave NATO.", &[]),
    (
        "Russia launched one of its largest drone and missile attacks of the war on Ukraine overnight.",
        &["russia opposes ukraine"],
    ),
    // an apposition past "now"/"currently"
    (
        "Former NATO chief Jens Stoltenberg, now Norway's finance minister, said so.",
        &["jens-stoltenberg affiliated_with nato", "jens-stoltenberg affiliated_with norway"],
    ),
    ("Jens Stoltenberg, now a banker, met Vladimir Putin.", &["jens-stoltenberg meets vladimir-putin"]),
    // "the country" is the one country named before it in its sentence; no one meets their own state
    (
        "Bola Tinubu rejected the claim that Christians were persecuted in Nigeria, after Trump threatened military action against the country.",
        &["donald-trump opposes nigeria"],
    ),
    ("Russia invaded Ukraine and the country's allies condemned the attack.", &["russia opposes ukraine"]),
    (
        "Philippine Finance Secretary Jaime Ongpin started negotiations with the Philippines' bank committee.",
        &["person:jaime-ongpin affiliated_with philippines"],
    ),
    // declaring one persona non grata or a terrorist state
    ("Israel declared Francesca Albanese persona non grata.", &["israel criticises person:francesca-albanese"]),
    ("Iran declared the United States a terrorist state.", &["iran criticises united-states"]),
    ("Courts declared Donald Trump the winner.", &[]),
    // a list "X, the Y and Z"; ", which" after an attack's target is the attack's
    (
        "Saudi Arabia, the UAE and Qatar condemned Israel's strike on Doha.",
        &["qatar criticises israel", "saudi-arabia criticises israel", "united-arab-emirates criticises israel"],
    ),
    ("In London, the U.S. and Britain criticised Iran.", &["united-kingdom criticises iran", "united-states criticises iran"]),
    ("Qatar condemned the Israeli strike on Doha, which targeted Hamas leaders.", &["qatar criticises israel"]),
    ("The decision is one for Belgium, which holds the presidency of the EU.", &["belgium member_of european-union"]),
    // the people of a part of a country are not its state
    ("Residents of northern Israel criticised Benjamin Netanyahu.", &[]),
    ("A delegation of north Wales councils visited Tony Blair.", &[]),
    ("A delegation from southern Lebanon met Emmanuel Macron.", &[]),
    ("Israel struck northern Syria.", &["israel opposes syria"]),
    ("Officials from Lebanon met Emmanuel Macron.", &["emmanuel-macron meets lebanon"]),
    // members counted one by one are not their party or state
    ("A Republican backed Joe Biden.", &[]),
    ("Three Russians criticised Emmanuel Macron.", &[]),
    ("Republicans backed Joe Biden.", &["republican-party supports joe-biden"]),
    ("Two Chinese warships fired at a Philippine boat.", &["china opposes philippines"]),
    // where a wire report was picked up is no meeting
    ("The Iranian news agency IRNA, in a report received in London, said the war was over.", &[]),
    ("Vladimir Putin received in Moscow the Iranian foreign minister.", &["russia meets vladimir-putin"]),
    // an emphatic negation in quotes and commas
    ("Tony Blair has pledged to \"never, ever, ever\" attack Michael Howard.", &[]),
    ("Tony Blair has pledged to \"always\" attack Michael Howard.", &["tony-blair criticises person:michael-howard"]),
    // "his"/"her" owning what one says stands for the person of the sentence before
    ("Antonio Guterres condemned the killings. Israel rejected his remarks as biased.", &["israel opposes antonio-guterres"]),
    ("Kaja Kallas spoke on Monday. Israel welcomed her proposal.", &["israel supports kaja-kallas"]),
    ("Kaja Kallas spoke on Monday. Israel welcomed her to Jerusalem.", &["israel meets kaja-kallas"]),
    ("Antonio Guterres condemned the killings. Donald Trump defended his remarks.", &[]),
    ("Antonio Guterres condemned the killings. Israel said he\u{2019}s wrong and rejected his remarks.", &[]),
    // a dispute after a participle clause is the main clause's subject's; one ended is over
    (
        "Senate Democrats blocked the bill, deepening a standoff with the White House.",
        &["democratic-party opposes white-house", "white-house opposes democratic-party"],
    ),
    ("Brazil hosted the summit, ending a feud with Argentina.", &[]),
    ("Brazil settled its row with Argentina.", &[]),
    ("Brazil deepened its row with Argentina.", &["argentina opposes brazil", "brazil opposes argentina"]),
    // ramming a state's vessel
    ("A Chinese coast guard ship rammed a Philippine supply vessel.", &["china opposes philippines"]),
    ("The truck rammed into a crowd in Berlin.", &[]),
    // a nation's trading houses are not the state; preparing to act is not acting
    ("Japanese trading houses supported Credit Suisse's call.", &[]),
    ("The European Union has sanctioned Iranian airlines.", &["european-union opposes iran"]),
    ("Yasuhiro Nakasone prepares to visit Washington for talks with Ronald Reagan.", &[]),
    ("Yasuhiro Nakasone visits Washington for talks with Ronald Reagan.", &["ronald-reagan meets person:yasuhiro-nakasone", "united-states meets person:yasuhiro-nakasone"]),
    // what a denial says is not asserted; a coordinated "threatened to"; "the paramilitary group"
    ("Israel's military denied on Wednesday that its forces had fired on a UN patrol.", &[]),
    ("Israel's military said on Wednesday that its forces had fired on a UN patrol.", &["israel opposes united-nations"]),
    (
        "Donald Trump said the fine was unfair and threatened to retaliate against the European Union.",
        &["donald-trump opposes european-union"],
    ),
    (
        "Sudan's army accused the Rapid Support Forces of killing civilians, a charge the paramilitary group denied.",
        &["rapid-support-forces denies sudan", "sudan criticises rapid-support-forces"],
    ),
    ("Hamas fired rockets. Israel struck the Islamist group in Gaza.", &["israel opposes hamas"]),
    // a participle clause's subject is no name modifying a noun; one coordinated with it shares it
    (
        "Claudia Sheinbaum said Mexico would not accept U.S. military action, rejecting remarks by Pete Hegseth.",
        &["mexico opposes pete-hegseth"],
    ),
    (
        "Russia struck Kyiv, killing Ukrainian civilians and drawing criticism from France.",
        &["france criticises russia", "russia opposes ukraine"],
    ),
    // a particle name opening a sentence; "Field Marshal" is a title
    (
        "Ursula von der Leyen met Li Qiang. Von der Leyen, a vocal critic of Beijing's trade practices, spoke.",
        &["li-qiang meets ursula-von-der-leyen", "ursula-von-der-leyen criticises china"],
    ),
    (
        "Pakistan's army chief Field Marshal Asim Munir met Donald Trump.",
        &["asim-munir affiliated_with pakistan", "asim-munir meets donald-trump"],
    ),
    // a person named after a title and a rank
    ("Imran Khan accused the army chief, Field Marshal Asim Munir, of lying.", &["imran-khan criticises asim-munir"]),
    // a reaction a plan draws is aimed at its owner (the verb is no adjective of the noun)
    ("Ronald Reagan's proposal drew criticism from Germany.", &["germany criticises ronald-reagan"]),
    ("Ronald Reagan's sanctions decision won praise today from Germany.", &["germany supports ronald-reagan"]),
    ("Russia's continued support for Iran angered Israel.", &["russia supports iran"]),
    // a time word between a meeting noun and its partner
    (
        "James Baker and Paul Volcker gave these views at closed-door talks yesterday with Speaker Jim Wright.",
        &["person:james-baker meets person:jim-wright", "person:paul-volcker meets person:jim-wright"],
    ),
    // an acronym in brackets stands where its name does (inside a phrase after a preposition)
    (
        "Mexico agreed reforms in the Inter-American Development Bank (IADB) after talks with James Baker.",
        &["mexico meets person:james-baker"],
    ),
    // titles with "of the Exchequer", "Chief of Staff"; a title of an institution names the person after it
    ("Joe Clark met Chancellor of the Exchequer Nigel Lawson.", &["person:joe-clark meets person:nigel-lawson"]),
    (
        "Joe Clark met White House Chief of Staff Howard Baker.",
        &["howard-baker affiliated_with white-house", "howard-baker meets person:joe-clark"],
    ),
    (
        "Joe Clark met the Governor of the Bank of England Robin Leigh-Pemberton.",
        &["person:joe-clark meets person:robin-leigh-pemberton"],
    ),
    // a verb form after a possessive name is a noun its owner holds (past a venue)
    ("Germany spoke about Vladimir Putin's talks with Donald Trump.", &["donald-trump meets vladimir-putin"]),
    (
        "A new summit could emerge from Secretary of State George Shultz' Moscow talks with Eduard Shevardnadze.",
        &["eduard-shevardnadze meets person:george-shultz"],
    ),
    // a parenthesis between dashes after a named subject is no subject; after a plain noun it names it
    (
        "The G-7 -- grouping the U.S., Japan and Canada -- said they welcomed proposals by Germany.",
        &["g7 supports germany"],
    ),
    (
        "Many nations -- Hong Kong, Canada and Sweden -- had supported NATO.",
        &["canada supports nato", "hong-kong supports nato", "sweden supports nato"],
    ),
    // a present-tense visit inside a clause of time is to come
    (
        "The guidelines will be explained this week when Finance Minister Kiichi Miyazawa visits Washington for the IMF meeting.",
        &[],
    ),
    ("Kiichi Miyazawa raised the issue when he visited Washington.", &["kiichi-miyazawa meets united-states"]),
    // a visit after an article and adjectives that a preposition or a past verb opens is a noun
    // (its visitor the clause subject, or named after "by")
    (
        "Alan Garcia told a press conference at the end of an official two-day visit to Mexico yesterday.",
        &["mexico meets person:alan-garcia"],
    ),
    ("Gerhard Schroeder began a three-day visit to Beijing on Monday.", &["china meets gerhard-schroeder"]),
    (
        "Officials said the agreement was reached during a visit to Moscow last week by Iran's Oil Minister Gholamreza Aqazadeh.",
        &["person:gholamreza-aqazadeh affiliated_with iran", "russia meets person:gholamreza-aqazadeh"],
    ),
    // (not one still to come, nor talks a hedge governs)
    ("A visit to Tokyo by a senior State Department official will likely do nothing to change U.S. minds.", &[]),
    ("A visit to Moscow by Secretary of State George Shultz for arms discussions was under consideration.", &[]),
    ("Talks this week between Yasuhiro Nakasone and Ronald Reagan, if successful, could take pressure off the dollar.", &[]),
    (
        "The U.K. Government hopes for a breakthrough during next week's visit to Tokyo by Corporate Affairs Minister Michael Howard.",
        &[],
    ),
    // a past tense after "and" shares the subject of "said", not of a modal's base verb in the reported clause
    (
        "Tony Blair said Labour would set out plans for tackling immigration abuse and attacked the Tory plans.",
        &["tony-blair criticises conservative-party"],
    ),
    ("Tony Blair said Labour would act and criticised Germany.", &["tony-blair criticises germany"]),
    // a pronoun opening a clause after the object is no noun the object modifies
    ("Japan warned the United States it may take retaliatory measures.", &["japan criticises united-states"]),
    // a past-tense clause after a subordinator is outside the main clause's modal or negation
    ("Germany is likely to act after it accused Japan of failing.", &["germany criticises japan"]),
    ("Germany did not act until Berlin criticised Japan.", &["germany criticises japan"]),
    ("Germany will act if Berlin criticised Japan.", &[]),
    // a meeting in a phrase that opens the sentence is held by the subject after its comma
    (
        "In a press conference after talks with Chun Doo-hwan, Malcolm Baldrige praised the plan.",
        &["person:chun-doo-hwan meets person:malcolm-baldrige"],
    ),
    ("During a visit to Japan, Malcolm Baldrige said the plan was good.", &["japan meets person:malcolm-baldrige"]),
    ("In Tokyo, officials met. Malcolm Baldrige said the plan was good.", &[]),
    // a meeting verb whose own subject opens the reported clause is not the speaker's
    ("Alan Garcia said the new leader visited Mexico.", &[]),
    ("Alan Garcia said the delegation met Mexican officials.", &[]),
    ("Alan Garcia said the talks with Mexico went well.", &["mexico meets person:alan-garcia"]),
    // "no" before the noun an infinitive trigger completes negates it; not "no choice but to"
    ("He said Nigel Lawson had made no commitments to support Brazil's efforts.", &[]),
    ("Nigel Lawson had no choice but to back Brazil.", &["person:nigel-lawson supports brazil"]),
    ("Nigel Lawson gave commitments to support Brazil.", &["person:nigel-lawson supports brazil"]),
    // a party's name after "and" in a portfolio is the portfolio ("Social Affairs and Labour")
    (
        "Social Affairs and Labour Minister Philippe Seguin criticised Jacques Chirac.",
        &["person:philippe-seguin criticises jacques-chirac"],
    ),
    // (and a subject coordinated before a person titled by a body: "X and Labour Chairman Y")
    (
        "Tony Blair and Labour Chairman Ian McCartney criticised Michael Howard.",
        &[
            "ian-mccartney affiliated_with labour-party",
            "ian-mccartney criticises person:michael-howard",
            "tony-blair criticises person:michael-howard",
        ],
    ),
    (
        "Russia attacked Ukraine and NATO Secretary General Mark Rutte criticised Russia.",
        &["mark-rutte affiliated_with nato", "mark-rutte criticises russia", "russia opposes ukraine"],
    ),
    // a demonym opening an organisation's name is no country of the person
    ("Edwin Steane, president of the American Association of Blood Banks, said so.", &[]),
    ("Edwin Steane, a spokesman for the Russian government, said so.", &["person:edwin-steane affiliated_with russia"]),
    ("Kurt Karl, economist at Swiss Re, said so.", &[]),
    ("Emma Pike, director general of British Music Rights, said so.", &[]),
    ("Edwin Steane, a spokesman for the Russian Embassy, said so.", &["person:edwin-steane affiliated_with russia"]),
    // a clause after "that" whose subject is an unnamed noun names no party
    ("Bert Roberts noted that such a plan is backed by Dennis Patrick.", &[]),
    ("Bert Roberts noted that the plan strongly criticised Dennis Patrick.", &[]),
    ("Bert Roberts said that Dennis Patrick backed the plan.", &[]),
    ("Bert Roberts is backed by Dennis Patrick.", &["person:dennis-patrick supports person:bert-roberts"]),
    // a plain word of the portfolio before a title: the person holds it
    (
        "The European Community met. Michael Jopling criticised EC farm commissioner Frans Andriessen.",
        &["person:michael-jopling criticises person:frans-andriessen"],
    ),
    // the sides of a fixture are teams in a match's name
    ("The referee of the France v Scotland match has spoken after criticism by Matt Williams.", &[]),
    ("Matt Williams criticised the England vs. Wales match.", &[]),
    ("England beat Wales and Matt Williams criticised France.", &["person:matt-williams criticises france"]),
    // what a state pays or is asked for is no party ("opposed U.S. aid", "meet U.S. complaints")
    ("Republicans opposed U.S. aid for these banks.", &[]),
    ("Tokyo is striving to meet U.S. Complaints about its trade practices.", &[]),
    (
        "John Smith met U.S. aid chief Peter Jones.",
        &["peter-jones affiliated_with united-states", "peter-jones meets person:john-smith"],
    ),
    ("Robert Kilroy-Silk has attacked UK policy on immigration.", &["person:robert-kilroy-silk criticises united-kingdom"]),
    ("Tokyo is striving to meet U.S. officials.", &["japan meets united-states"]),
    // a company's role holder after a country acts for the company, not the state
    ("Russian bank chief criticised Ukraine.", &[]),
    ("Russian central bank chief criticised Ukraine.", &["russia criticises ukraine"]),
    // names joined by a slash describe a group
    ("Asher Edelman spoke. The Edelman/Dominion group criticised Morgan Stanley.", &[]),
    // a membership aimed at is still to come; one a purpose fulfilled is not
    ("Turkey embarks on the long process of trying to join the European Union.", &[]),
    ("Russia has been waiting for a decade to join the WTO.", &[]),
    ("Russia began talks on joining the WTO.", &[]),
    ("Croatia became the latest country to join NATO.", &["croatia member_of nato"]),
    ("Finland and Sweden ended decades of neutrality to join NATO.", &["finland member_of nato", "sweden member_of nato"]),
    // a present tense after "until", "once", "before" has not happened yet
    ("Andreas Papandreou will not negotiate with Ankara until Turkey recognises Greek rights in the Aegean.", &[]),
    ("When Iraq attacks Iran, Kuwait backs Iraq.", &["iraq opposes iran", "kuwait supports iraq"]),
    // supporters and critics named only by the noun, as an object, are no one named
    ("Yasuhiro Nakasone told supporters of his ruling Liberal Democratic Party.", &[]),
    ("Yasuhiro Nakasone met critics of the Liberal Democratic Party.", &[]),
    ("Yasuhiro Nakasone became a supporter of the Liberal Democratic Party.", &["person:yasuhiro-nakasone supports ldp-japan"]),
    // one member of a party acts for no party; its members do
    ("Labour MP praises Tory campaign", &[]),
    ("Labour MPs have criticised Tony Blair.", &["labour-party criticises tony-blair"]),
    // a time phrase between "met" and "with"
    ("Tony Blair met last night with Brazilian officials and told reporters.", &["brazil meets tony-blair"]),
    ("Tony Blair met on Monday with Gordon Brown.", &["gordon-brown meets tony-blair"]),
    ("Tony Blair met on Monday to discuss Brazil.", &[]),
    // the people who act for a body after an article or owner are no noun it modifies
    ("Tony Blair met his EU counterparts in Luxembourg on Monday.", &["european-union meets tony-blair"]),
    ("Tony Blair met the OPEC ministers.", &["opec meets tony-blair"]),
    // a named item after an unnamed one with its article is in the object list
    (
        "Gordon Brown spoke. Michael Howard accused the prime minister and Mr Brown of squabbling.",
        &["person:michael-howard criticises gordon-brown"],
    ),
    ("Gordon Brown accused the government and Russia of lying.", &["gordon-brown criticises russia"]),
    ("Gordon Brown criticised the plan and Tony Blair defended it.", &[]),
    ("Poland has rejected the proposal and Germany's main political parties have opposed it.", &[]),
    ("Mulford praised progress in talks between banks and Mexico, Chile, and Venezuela.", &[]),
    // "supportive of", "critical of"
    ("Washington has been supportive of Kyiv.", &["united-states supports ukraine"]),
    ("Keir Starmer was highly critical of Emmanuel Macron.", &["keir-starmer criticises emmanuel-macron"]),
    ("Keir Starmer was not critical of Emmanuel Macron.", &[]),
    // a city between an employer and a role is the post ("Reuters Moscow correspondent")
    ("Monica Chadha, BBC Delhi reporter, said air travel had grown.", &["person:monica-chadha affiliated_with bbc"]),
    ("Delhi and Islamabad traded accusations.", &["india criticises pakistan", "pakistan criticises india"]),
    // a member noun after a copula, past auxiliaries and a relative pronoun
    ("Turkey, which has been a NATO member since 1952, opposed the move.", &["turkey member_of nato"]),
    ("Turkey has been a NATO member since 1952.", &["turkey member_of nato"]),
    ("Sweden has long been a close EU partner.", &[]),
    // a country's people or things after its possessive are no party ("Britain's top sprinters")
    ("Michael Johnson has accused Britain's top sprinters of lacking pride.", &[]),
    ("Britain's athletes criticised Michael Johnson.", &[]),
    ("Michael Johnson criticised Britain's policy.", &["person:michael-johnson criticises united-kingdom"]),
    // a charge called false, its maker named after "by"/"from"
    ("The Kremlin called the allegations by London baseless.", &["kremlin denies united-kingdom"]),
    ("Russia called the claims from Kyiv absurd.", &["russia denies ukraine"]),
    ("Russia called the report by the UN important.", &[]),
    // session 30: an object in quotation marks is still the object of the verb before it
    (
        "Abbas Araqchi condemned \"Israeli aggression\" and accused the United States of backing it.",
        &["abbas-araghchi criticises israel", "abbas-araghchi criticises united-states"],
    ),
    (
        "Abbas Araqchi condemned what he called \"Israeli aggression\" and accused the United States of backing it.",
        &["abbas-araghchi criticises israel", "abbas-araghchi criticises united-states"],
    ),
    // a title after an organisation and its acronym in brackets
    (
        "The International Atomic Energy Agency (IAEA) chief Rafael Grossi warned of the risks.",
        &["rafael-grossi affiliated_with international-atomic-energy-agency"],
    ),
    ("The talks in Geneva (Switzerland) ended without a deal.", &[]),
    // "also" after an act of the same relation in the sentence before: done alongside, not
    // answered
    ("Germany backed the European Commission. France also welcomed the decision.", &["germany supports european-commission"]),
    (
        "Israel struck Beirut. Iran also condemned the strike.",
        &["iran criticises israel", "israel opposes lebanon"],
    ),
    // a country before the plural of an act noun is its agent
    ("Cuba and Nicaragua condemned the U.S. actions.", &["cuba criticises united-states", "nicaragua criticises united-states"]),
    ("Moldova condemned the Russian provocations.", &["moldova criticises russia"]),
    ("China rejected the U.S. demands.", &["china opposes united-states"]),
    ("The talks covered the U.S. elections.", &[]),
    // every one of a list before a plural stance noun after its comma
    (
        "Cuba and Nicaragua, Nicolas Maduro's closest allies, met.",
        &["cuba supports nicolas-maduro", "nicaragua supports nicolas-maduro"],
    ),
    ("Russia and Hezbollah, Iran's ally, said nothing.", &["hezbollah supports iran"]),
    // arms received or bought from a state: it gives them
    (
        "Russia has received drones from Iran and North Korea.",
        &["iran supports russia", "north-korea supports russia"],
    ),
    ("Russia has bought thousands of Shahed drones from Iran.", &["iran supports russia"]),
    ("Ukraine did not receive missiles from Germany.", &[]),
    ("Russia wants to buy missiles from North Korea.", &[]),
    ("Russia received 500 million dollars from China.", &[]),
    ("The Ukrainian army captured weapons from Russia.", &[]),
    // a move or remark labelled with no relative word; more judging words
    (
        "Trump imposed a tariff on India, a step New Delhi called \"unfair and unreasonable\".",
        &["donald-trump opposes india", "india criticises donald-trump"],
    ),
    ("Sanae Takaichi made remarks Beijing called provocative.", &["china criticises sanae-takaichi"]),
    ("China called the U.S. tariffs unjustified.", &["china criticises united-states"]),
    ("Sanae Takaichi made remarks Beijing called historic.", &[]),
    // a skeptic of aid gives none; "among X's strongest supporters"; "led by" past a capitalised
    // word before the title
    ("JD Vance, a longtime skeptic of aid to Kyiv, said nothing.", &[]),
    ("Poland has been among Ukraine's strongest supporters.", &["poland supports ukraine"]),
    ("Poland was among Ukraine's neighbours.", &[]),
    (
        "Democrats, led by Senate Minority Leader Chuck Schumer, praised the plan.",
        &["chuck-schumer affiliated_with democratic-party"],
    ),
    // a state's arms got by another are its gift; arms are not received visitors
    ("Moscow has been buying Iranian Shahed drones.", &["iran supports russia"]),
    ("Russia received North Korean shells.", &["north-korea supports russia"]),
    ("Ukraine received American journalists.", &[]),
    // "considers X a threat", "sees X as a threat"
    ("Israel considers Iran a threat.", &["israel criticises iran"]),
    ("The EU sees Iran as a threat to its security.", &["european-union criticises iran"]),
    ("China views Japan as a partner.", &[]),
    ("Japan considered China's offer.", &[]),
    // "PERSON of ORG (ACRONYM)" past the acronym
    (
        "Janis Kluge of the German Institute for International and Security Affairs (SWP) noted that the deficit had widened.",
        &["person:janis-kluge affiliated_with swp"],
    ),
    ("Janis Kluge of the German Institute for International and Security Affairs (Berlin) noted it.", &[]),
    // "X, whose PARTY party": the person's party
    (
        "Irakli Kobakhidze, whose Georgian Dream party has been accused of backsliding, spoke.",
        &["irakli-kobakhidze affiliated_with georgian-dream"],
    ),
    ("Keir Starmer, whose Labour Party won the election, spoke.", &["keir-starmer affiliated_with labour-party"]),
    ("Keir Starmer, whose Conservative rivals won, spoke.", &[]),
    // the name before "whom/which X called a …" is labelled
    ("Lai Ching-te, whom Beijing has called a \"separatist\", spoke.", &["china criticises lai-ching-te"]),
    ("Hamas, which Israel calls a terrorist group, said.", &["israel criticises hamas"]),
    ("Hamas, which Israel calls a partner, said.", &[]),
    // a conversation had with someone
    ("Trump had a very good conversation with Xi Jinping.", &["donald-trump meets xi-jinping"]),
    // a guest welcomed stands right before the verb, not the maker of a move welcomed
    (
        "Friedrich Merz halted exports of weapons, a decision welcomed by the Social Democrats but condemned by Israel.",
        &["israel criticises friedrich-merz", "spd supports friedrich-merz"],
    ),
    ("Ahmed al-Sharaa was warmly welcomed by Trump.", &["ahmed-al-sharaa meets donald-trump"]),
    // a charge called a provocation or a lie is denied; a country a noun is about is no agent
    (
        "Russia denied sending drones into Polish airspace, calling accusations by Warsaw a \"provocation\".",
        &["russia denies poland"],
    ),
    ("Russia called the Polish accusations a lie.", &["russia denies poland"]),
    ("Trump called the Russia inquiry a hoax.", &[]),
    ("China called the US arms sales dangerous.", &["china criticises united-states"]),
    // "Sir Keir": a knight's given name stands for the one person named in full with it; the
    // Taoiseach is a head of government
    (
        "Keir Starmer arrived. Irish Taoiseach Micheál Martin met Sir Keir in London.",
        &["keir-starmer meets micheal-martin", "micheal-martin affiliated_with ireland"],
    ),
    ("Tony Blair and Tony Abbott arrived. Sir Tony met Xi Jinping.", &[]),
    // "led by" past an honorific; "X, of the SNP," between commas
    ("The Liberal Democrats, led by Sir Ed Davey, also oppose the cuts.", &["ed-davey affiliated_with liberal-democrats"]),
    (
        "John Swinney, of the SNP, criticised Labour.",
        &["john-swinney affiliated_with snp", "john-swinney criticises labour-party"],
    ),
    ("He reminded Joe Biden, of all people, of the risk.", &[]),
    // a participle between commas after a plain noun is on that noun
    ("Tony Blair rejected the plans, backed by France, to lift the embargo.", &[]),
    ("Kyiv, supported by the US and its allies, fought on.", &["united-states supports ukraine"]),
    // a lower-case role before a head of state's capitalised title is another person's
    ("North is the NSC aide President Ronald Reagan fired in November.", &[]),
    (
        "Pakistan's army chief General Asim Munir met Trump.",
        &["asim-munir affiliated_with pakistan", "asim-munir meets donald-trump"],
    ),
    // the agents of a passive named after "including"; a body's partners thanked
    (
        "Robert Fico was criticised by several member states, including Denmark and the Netherlands.",
        &["denmark criticises robert-fico", "netherlands criticises robert-fico"],
    ),
    ("Ukraine was backed by countries including Poland.", &["poland supports ukraine"]),
    ("The plan was criticised by groups including unions and charities.", &[]),
    ("Andrii Sybiha thanked EU partners for their support.", &["european-union supports andrii-sybiha"]),
    // the active verb of a clause on what a name owns has that as its subject
    ("Gilberto Teodoro, whose country has clashed repeatedly with China, spoke.", &[]),
    // a model's name with a hyphen between the demonym and the arms
    ("Turkey bought Russian S-400 missiles in 2019.", &["russia supports turkey"]),
    ("Iran had acquired Chinese-made Silkworm missiles.", &["china supports iran"]),
    // a judgement of an act of the sentence before criticises its doer
    (
        "Russia struck Kyiv overnight. Ukraine called the attack barbaric.",
        &["russia opposes ukraine", "ukraine criticises russia"],
    ),
    (
        "Israel struck Beirut on Monday. Lebanon called the strike a violation of its sovereignty.",
        &["israel opposes lebanon", "lebanon criticises israel"],
    ),
    ("Russia struck Kyiv. Ukraine called the attack historic.", &["russia opposes ukraine"]),
    ("Russia struck Kyiv. Ukraine called the attack on Kyiv barbaric.", &["russia opposes ukraine"]),
    // a person's aide, envoy or spokesman named after the possessive works for that person
    // (not a "fellow" countryman)
    (
        "Zelenskiy's chief of staff Andriy Yermak said Kyiv was not considering concessions.",
        &["andriy-yermak affiliated_with volodymyr-zelensky"],
    ),
    ("Putin's spokesman Dmitry Peskov dismissed the report.", &["dmitry-peskov affiliated_with vladimir-putin"]),
    ("Michael Howard's fellow Welshman Ray Reardon won six titles.", &[]),
    // a hyphenated adjective between a country's possessive and the party it describes
    (
        "Jordan Bardella, the leader of France's far-right National Rally, said Paris should cut aid.",
        &["jordan-bardella affiliated_with national-rally"],
    ),
    // "who also runs" two companies
    (
        "Elon Musk, who also runs SpaceX and xAI, thanked investors.",
        &["elon-musk affiliated_with spacex", "elon-musk affiliated_with xai"],
    ),
    // the field of an alliance between its adjective and the noun
    ("The United States, Japan's main security ally, said it stood by Tokyo.", &["united-states supports japan"]),
    ("Japan, a close military ally of the United States, said so.", &["japan supports united-states"]),
    // a contrast opens a clause: the apposition before it is not the later verb's subject
    (
        "Nigeria, the region's most populous nation, backed the suspension, but Mali and Niger, both run by juntas, criticised ECOWAS.",
        &[
            "mali criticises economic-community-of-west-african-states",
            "niger criticises economic-community-of-west-african-states",
        ],
    ),
    // a charge is answered two sentences on when the sentence between makes none
    (
        "Kemi Badenoch accused Rachel Reeves of breaking promises. Nigel Farage said the budget would punish workers. Reeves rejected the charge.",
        &["kemi-badenoch criticises rachel-reeves", "rachel-reeves denies kemi-badenoch"],
    ),
    (
        "Kemi Badenoch accused Rachel Reeves of breaking promises. Nigel Farage accused Keir Starmer of lying. Reeves rejected the charge.",
        &["kemi-badenoch criticises rachel-reeves", "nigel-farage criticises keir-starmer"],
    ),
    (
        "Kemi Badenoch accused Rachel Reeves of breaking promises. Nigel Farage spoke. Ed Davey spoke. Reeves rejected the charge.",
        &["kemi-badenoch criticises rachel-reeves"],
    ),
    // "The paramilitary group" opening a sentence: the armed group named before
    (
        "The Rapid Support Forces seized El Fasher. The paramilitary group has been accused by U.N. investigators of genocide.",
        &["united-nations criticises rapid-support-forces"],
    ),
    // "what he called" before an object whose maker follows
    (
        "Nicolas Maduro rejected what he called an ultimatum from Donald Trump.",
        &["nicolas-maduro opposes donald-trump"],
    ),
    // what a state's government owns is the state's
    ("Russia welcomed the German government's stance.", &["russia supports germany"]),
    // the makers of a plan named in a list between commas before the passive
    (
        "The resolution, drafted by Britain, France, Germany and the United States, was opposed by Russia.",
        &[
            "russia opposes france",
            "russia opposes germany",
            "russia opposes united-kingdom",
            "russia opposes united-states",
        ],
    ),
    // a guest welcomed past the titles and the state before them
    (
        "Donald Trump welcomed Saudi Crown Prince Mohammed bin Salman to the White House.",
        &["donald-trump meets mohammed-bin-salman", "mohammed-bin-salman affiliated_with saudi-arabia"],
    ),
    // a person called, then the purpose of the call or its day: a phone call; not a label
    (
        "Friedrich Merz called Donald Tusk to offer help.",
        &["donald-tusk meets friedrich-merz"],
    ),
    ("Emmanuel Macron called Polish Prime Minister Donald Tusk on Tuesday.", &["donald-tusk affiliated_with poland", "donald-tusk meets emmanuel-macron"]),
    ("Emmanuel Macron phoned Donald Tusk.", &["donald-tusk meets emmanuel-macron"]),
    ("Donald Trump called Volodymyr Zelensky a dictator.", &["donald-trump criticises volodymyr-zelensky"]),
    ("Donald Trump called Volodymyr Zelensky to account.", &[]),
    // "denied any role" ends the sentence: the charge of the sentence before
    ("Donald Tusk accused Russia of sabotage. The Kremlin denied any role.", &["donald-tusk criticises russia", "kremlin denies donald-tusk"]),
    ("Donald Tusk accused Russia of sabotage. Russia denied a role.", &["donald-tusk criticises russia"]),
    // thanks for help: "help" is a verb's trigger, not a support noun's
    ("Volodymyr Zelensky thanked Poland for its help.", &["poland supports volodymyr-zelensky"]),
    // a company's largest investor
    ("Microsoft, OpenAI's largest investor, declined to comment.", &["microsoft supports openai"]),
    ("China, Nigeria's biggest investor, said so.", &[]),
    // a participle clause after a finite clause opened by a subordinator: the main subject
    (
        "Thailand suspended the deal after a landmine wounded soldiers, accusing Cambodia of violating it.",
        &["thailand criticises cambodia"],
    ),
    (
        "Ukraine cut ties after Russia struck Kyiv, accusing Moscow of terror.",
        &["russia opposes ukraine", "ukraine criticises russia"],
    ),
    // a generational suffix without its period
    (
        "Philippine President Ferdinand Marcos Jr met Japanese Prime Minister Sanae Takaichi in Tokyo.",
        &[
            "bongbong-marcos affiliated_with philippines",
            "bongbong-marcos meets sanae-takaichi",
            "sanae-takaichi affiliated_with japan",
        ],
    ),
    // a state's coast guard acts for it
    ("China's coast guard accused Manila of provocation.", &["china criticises philippines"]),
    // the subject of a relative clause on its object, past its titles
    (
        "Benjamin Netanyahu, whom U.S. President Donald Trump praised, spoke.",
        &["donald-trump affiliated_with united-states", "donald-trump supports benjamin-netanyahu"],
    ),
    // "and its secretary general X" after a clause that one organisation opens
    (
        "The Organization of American States sent observers, and its secretary general Albert Ramdin urged calm.",
        &["albert-ramdin affiliated_with organization-of-american-states"],
    ),
    ("NATO met Russia, and its foreign minister Sergei Lavrov spoke.", &["nato meets russia"]),
    // "warned" before a longer name and a verb: what is warned of
    ("All Blacks captain Tama Umaga has warned the British and Irish Lions will be his toughest opponents.", &[]),
    ("Gordon Brown warned France and Germany will suffer.", &[]),
    ("Gordon Brown warned France and Germany to stop.", &["gordon-brown criticises france", "gordon-brown criticises germany"]),
    // a country closing a longer name of something else
    ("Germany praised Hotel Rwanda.", &[]),
    ("Germany praised the new Rwanda.", &["germany supports rwanda"]),
    // "visiting" before a state and a title is an adjective; one told or received is met
    (
        "Japan must open its markets, visiting U.S. Under-Secretary of State Allen Wallis told reporters.",
        &[],
    ),
    (
        "Deng Xiaoping told visiting U.S. Secretary of State George Shultz that China would open up.",
        &["deng-xiaoping meets person:george-shultz", "person:george-shultz affiliated_with united-states"],
    ),
    ("Xi Jinping is visiting Japan this week.", &["japan meets xi-jinping"]),
    // an infinitive after "and to" shares the hedge of the one before
    ("Chung In-yong would leave Monday to attend the meeting and to hold talks with James Baker.", &[]),
    // a company the country only describes, a place of a capital city: no affiliation with the state
    ("Stuart Cohen, chief executive of US firm Open Source Development Labs, said so.", &[]),
    ("Stuart Cohen, chief executive of a US firm, said so.", &[]),
    ("Igor Sechin, chief executive of Russian oil company Rosneft, said so.", &["person:igor-sechin affiliated_with rosneft"]),
    ("Armand Marie Leroi, a lecturer at London's Imperial College, won.", &[]),
    ("Maria Zakharova, a spokeswoman at Moscow's Foreign Ministry, said so.", &["maria-zakharova affiliated_with russia"]),
    (
        "Helmut Schlesinger, vice-president of the West German central bank, said so.",
        &["person:helmut-schlesinger affiliated_with germany"],
    ),
    // an act named after "in a/an" is the main clause's subject's, past an object titled by its
    // organisation
    (
        "Israel killed Hezbollah's commander Haytham Ali Tabatabai in an air strike on Beirut.",
        &[
            "israel opposes lebanon",
            "israel opposes person:haytham-ali-tabatabai",
            "person:haytham-ali-tabatabai affiliated_with hezbollah",
        ],
    ),
    // a country closing the name "X of COUNTRY" of something else; not the state's own
    (
        "Congress party leader Rahul Gandhi accused the Election Commission of India of helping the BJP.",
        &["person:rahul-gandhi affiliated_with indian-national-congress"],
    ),
    ("Donald Trump criticised the Government of India.", &["donald-trump criticises india"]),
    // "his"/"her" before a title: the one person named before it, as a subject; not a peer
    (
        "Volodymyr Zelensky dismissed his powerful chief of staff Andriy Yermak on Friday.",
        &["andriy-yermak affiliated_with volodymyr-zelensky"],
    ),
    ("Vladimir Putin and his spokesman Dmitry Peskov said so.", &["dmitry-peskov affiliated_with vladimir-putin"]),
    ("Donald Trump met Vladimir Putin and his spokesman Dmitry Peskov.", &["dmitry-peskov meets donald-trump", "donald-trump meets vladimir-putin"]),
    ("Marion Jones was introduced to Victor Conte through her coach Remy Korchemy.", &[]),
    ("Li Gun-mo wrote to his South Korean counterpart Lho Shin-yong.", &["person:lho-shin-yong affiliated_with south-korea"]),
    ("Jim Bolger held steady but his colleague and former Prime Minister Robert Muldoon rose.", &[]),
    // a dispute one has with another, also in the plural
    (
        "Greece, which has long-running disputes with Turkey, was critical of the visit.",
        &["greece opposes turkey", "turkey opposes greece"],
    ),
    ("Greece has a dispute with Turkey.", &["greece opposes turkey", "turkey opposes greece"]),
    ("Greece has settled its dispute with Turkey.", &[]),
    // the makers of sanctions or tariffs named between commas before a passive
    ("The sanctions, imposed by the EU, were condemned by Moscow.", &["russia criticises european-union"]),
    (
        "The tariffs, announced by Washington, were criticised by Beijing and Ottawa.",
        &["canada criticises united-states", "china criticises united-states"],
    ),
    // "the think tank" for the think tank named before
    (
        "The Institute for the Study of War said Russia had made gains. The Kremlin dismissed the think tank's assessment as propaganda.",
        &["kremlin denies institute-for-the-study-of-war"],
    ),
    // an adviser or aide to a person
    (
        "Anders Fogh Rasmussen, now an adviser to Zelenskiy, urged Washington to act.",
        &["anders-fogh-rasmussen affiliated_with volodymyr-zelensky"],
    ),
    ("Karl Otto Poehl was an adviser to Willy Brandt, and top aide to Helmut Schmidt.", &[]),
    // asylum given, a foreign backer, a group backed by a state past its compound adjective
    ("Russia, which gave asylum to former president Bashar al-Assad, kept its bases.", &["russia supports bashar-al-assad"]),
    ("Turkey, Ahmed al-Sharaa's main foreign backer, welcomed the visit.", &["turkey supports ahmed-al-sharaa"]),
    (
        "The Syrian Democratic Forces, a Kurdish-led group backed by Washington, said so.",
        &["united-states supports syrian-democratic-forces"],
    ),
    // a deed answered one sentence later when the sentence between leaves none; a judgement in quotes
    (
        "The European Commission fined Elon Musk. Musk said he would appeal. JD Vance criticised the fine.",
        &["european-commission opposes elon-musk", "jd-vance criticises european-commission"],
    ),
    ("Israel struck Beirut. It was cold. It rained. Lebanon condemned the strike.", &["israel opposes lebanon"]),
    (
        "The European Commission fined Elon Musk. Musk called the decision \"crazy\".",
        &["elon-musk criticises european-commission", "european-commission opposes elon-musk"],
    ),
    // admirers, and credit lines received
    ("Javier Milei, an admirer of Donald Trump, secured a $20 billion swap line from the U.S. Treasury.", &["javier-milei supports donald-trump", "us-treasury supports javier-milei"]),
];

#[test]
fn relation_table() {
    assert!(CASES.len() >= 60, "at least 60 sentences, have {}", CASES.len());
    let mut failures = Vec::new();
    for (text, want) in CASES {
        let got = typed_edges(text);
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        if got != want {
            failures.push(format!("{text}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}
