/// Words the generator draws from, so that records and notes read like a real store's.
///
/// Pairs are `(display text, id slug)`; slugs follow the store's id rule.
enum Vocabulary {
  static let companyStems: [(String, String)] = [
    ("Acme", "acme"), ("Nordwind", "nordwind"), ("Brightwater", "brightwater"), ("Müller", "mueller"),
    ("Café Lumière", "cafe-lumiere"), ("Łódź", "lodz"), ("São Paulo", "sao-paulo"), ("Øresund", "oresund"),
    ("Zürich", "zurich"), ("Kraków", "krakow"), ("Helvetia", "helvetia"), ("Atlas", "atlas"),
    ("Blue Harbor", "blue-harbor"), ("Granite", "granite"), ("Évora", "evora"), ("Aurora", "aurora"),
    ("Nakamura", "nakamura"), ("Bellweather", "bellweather"), ("Fjord", "fjord"), ("Castillo", "castillo"),
    ("Sterling", "sterling"), ("Orchard", "orchard"), ("Kestrel", "kestrel"), ("Baltic", "baltic"),
    ("Señorío", "senorio"), ("Vega", "vega"), ("Pioneer", "pioneer"), ("Meridian", "meridian"),
  ]
  static let companyKinds: [(String, String)] = [
    ("Logistics", "logistics"), ("Textiles", "textiles"), ("& Söhne GmbH", "soehne"), ("S.A.", "sa"),
    ("Holdings", "holdings"), ("Labs", "labs"), ("Foods", "foods"), ("Bank", "bank"), ("Energía", "energia"),
    ("Consulting", "consulting"), ("Pharma", "pharma"), ("Retail", "retail"), ("Insurance", "insurance"),
    ("Maschinenbau AG", "maschinenbau"), ("Hospitality", "hospitality"), ("Analytics", "analytics"),
  ]
  static let regions: [(String, String)] = [
    ("Lyon", "lyon"), ("Nordic", "nordic"), ("Iberia", "iberia"), ("Bayern", "bayern"), ("Québec", "quebec"),
    ("Midlands", "midlands"), ("Ticino", "ticino"), ("Benelux", "benelux"), ("Andalucía", "andalucia"),
  ]
  /// Whole names written in Chinese, Japanese or Korean.
  static let cjkCompanies: [(String, String)] = [
    ("山田製作所", "yamada-seisakusho"), ("東京海運", "tokyo-kaiun"), ("北京华信科技", "huaxin-tech"),
    ("한빛전자", "hanbit-electronics"), ("大阪精機", "osaka-seiki"), ("上海东方物流", "dongfang-logistics"),
    ("서울바이오", "seoul-bio"), ("株式会社 さくら食品", "sakura-foods"),
  ]

  static let owners = ["sam", "priya", "jonas", "lea", "Ana María", "tomasz", "Mei Lin", "kofi"]

  static let cultures = [
    "Consensus-driven; nothing is decided in the first meeting.",
    "Engineers run the show; bring data, not slides.",
    "Very hierarchical: the CFO signs everything above 10k.",
    "Fast movers who expect answers the same day.",
    "Family-owned; loyalty matters more than price.",
    "Quarterly planning is sacred; never pitch in the last week of a quarter.",
    "Formal in writing, relaxed in person.",
    "Procurement-led; every renewal goes to tender.",
  ]
  static let cultureNotes = [
    "The board meets on the first Tuesday of the month.",
    "Decisions are minuted and circulated within a day.",
    "Summer shutdown in August: plan around it.",
    "They value punctuality above everything.",
  ]
  static let dos = [
    "Bring numbers to every review", "Send the agenda two days ahead", "Copy the project sponsor",
    "Confirm decisions in writing", "Ask about the plant visit", "Offer a pilot before a full rollout",
    "Prepare a one-page summary", "Follow up within 24 hours",
  ]
  static let donts = [
    "Criticise the previous supplier", "Schedule calls on Fridays", "Discount without a trade-off",
    "Go around the buyer", "Promise dates engineering has not confirmed",
  ]

  static let firstNames: [(String, String)] = [
    ("Jane", "jane"), ("José", "jose"), ("Zoë", "zoe"), ("Søren", "soren"), ("François", "francois"),
    ("Ngozi", "ngozi"), ("Priya", "priya"), ("Wei", "wei"), ("Małgorzata", "malgorzata"), ("Liam", "liam"),
    ("Chloé", "chloe"), ("Mateus", "mateus"), ("Aisha", "aisha"), ("Björn", "bjorn"), ("Hannah", "hannah"),
    ("Diego", "diego"), ("Ingrid", "ingrid"), ("Omar", "omar"), ("Elena", "elena"), ("Tomás", "tomas"),
  ]
  static let lastNames = [
    "Doe", "Álvarez", "Ødegaard", "Nakamura", "Müller", "O'Brien", "Kowalski", "Okafor", "Dubois", "Rossi",
    "Lindqvist", "Fernández", "Patel", "Schäfer", "García", "Novák",
  ]
  static let cjkPeople: [(String, String)] = [
    ("田中 花子", "hanako"), ("山本 健", "ken"), ("王 伟", "wang"), ("李 娜", "li-na"), ("김 민준", "minjun"),
    ("佐藤 美咲", "misaki"),
  ]
  static let roles = [
    "CFO", "CTO", "COO", "VP Finance", "Head of Procurement", "IT Director", "Controller",
    "Plant Manager", "Directrice Achats", "購買部長", "Head of Operations",
  ]
  static let flags = ["decision-maker", "influencer", "champion", "difficult", "role-model", "board-member"]
  static let nextJobs = [
    "COO within two years", "Group CFO", "Run the Asia business", "Retire to Portugal in 2028",
    "Chief Digital Officer", "Move to the holding company",
  ]
  static let measures = [
    "Opex reduction; days sales outstanding", "Uptime of the plants", "Time to hire",
    "Customer churn and NPS", "Inventory turns", "Project delivery on budget",
  ]
  static let worries = [
    "Board pressure on cost", "Losing key engineers", "The ERP migration slipping",
    "A new competitor in the south", "Regulatory audit next spring", "Currency swings",
  ]
  static let helps = [
    "Introduce her to our benchmarking study", "Share the migration playbook", "Invite to the user council",
    "Connect with a peer at another client", "Send the quarterly market notes",
  ]
  static let personal = [
    "Runs marathons; two children", "Plays cello in an amateur orchestra", "Loves Kyoto in autumn",
    "Speaks Portuguese, learning Japanese", "Coaches her daughter's football team", "Collects vinyl; jazz fan",
    "Vegetarian; allergic to nuts",
  ]

  static let depositKinds = ["promise-kept", "problem-solved", "insight", "lunch", "intro", "site-visit"]
  static let withdrawalKinds = ["mistake", "missed-promise", "escalation", "late-delivery"]
  static let favourKinds = ["intro", "reference", "case-study"]

  static let depositLeads = [
    "Shared", "Sent", "Walked them through", "Presented", "Delivered", "Fixed", "Followed up on", "Solved",
  ]
  static let withdrawalLeads = [
    "Missed the deadline for", "Got wrong figures in", "Delayed", "Forgot to send", "Double-billed",
    "Escalation about",
  ]
  static let favourGivenLeads = ["Introduced them to", "Gave a reference for", "Helped with", "Reviewed"]
  static let favourAskedLeads = [
    "Asked for a reference on", "Asked for an intro to", "Asked to co-present", "Asked for feedback on",
  ]
  static let objects = [
    "the Q3 benchmark", "the renewal terms", "the migration plan", "the audit findings",
    "the \"urgent\" ticket", "the pricing model", "the onboarding deck", "the procurement lead",
    "their board update", "the Zürich rollout", "the São Paulo launch", "the 東京 office move",
    "the SLA report", "the budget round",
  ]
  static let tails = [
    " before the budget round", " in person", " on short notice", " ahead of the QBR", " — well received",
    " with the CFO", " as promised", " (second time)",
  ]
  static let voidReasons = [
    "Recorded twice", "Wrong account", "Entered by mistake", "Client's system duplicated the invoice",
  ]
}
