import Testing

@testable import RapportCore

/// The brief of the fixture's account as golden text and Markdown: to change them, change the
/// renderers on purpose and paste the new output after reading it (each ends with a line feed,
/// which the literals leave out).
@Suite struct BriefRenderingTests {
  @Test func textOfAFullAccount() throws {
    #expect(BriefText.render(try BriefFixture.brief("acme")) == Self.acmeText + "\n")
  }

  @Test func markdownOfAFullAccount() throws {
    #expect(BriefMarkdown.render(try BriefFixture.brief("acme")) == Self.acmeMarkdown + "\n")
  }

  static let acmeText = """
    Brief: Acme Corp (acme) · 2026-11-23
    Tier A · owner sam · won 2025-03-01
    Equity 15 (a year ago 9, decayed today 4.4) · last touch 2026-08-01

    Objectives
      - Be the board's benchmarking partner through 2028

    The last year
      - On 2025-12-01 a deposit (insight) added 3 points with Jane Doe.
      - On 2026-02-10 a withdrawal (mistake) cost 4 points with Bob Stone.
      - On 2026-04-01 a deposit (problem-solved) added 5 points with Jane Doe.
      - On 2026-05-01 a withdrawal (escalation) cost 2 points with Bob Stone.
      - On 2026-06-01 a favour given (introduction) added 2 points with Jane Doe.

    Culture
      Consensus-driven; nothing is decided in the first meeting.
      The board meets monthly.

    Do
      + Bring numbers to every review

    Don't
      − Criticise the previous supplier

    Decision makers
      Jane Doe, CFO — reassess 2026-12-01

    Culture role models
      Jane Doe, CFO — reassess 2026-12-01

    Difficult people
      Bob Stone, Buyer — reassess was due 2026-10-01

    People
      Jane Doe (jane), CFO [decision-maker, role-model]
        Next job: COO within two years
        Measured by: Opex reduction
        Worries: Board pressure on cost
        How to help: Introduce her to our benchmarking study
        Reassess: 2026-12-01
        Last touch: 2026-06-01, favour given (introduction)
      Bob Stone (bob), Buyer [difficult]
        Reassess: 2026-10-01
        Last touch: never

    People who left
      Ann Lee (ann), CTO [decision-maker]
        Left: 2026-09-01 · Joined Vestas
        Last touch: 2026-08-01, deposit (check-in)

    Open promises
      - send the benchmark, to Jane Doe, due 2026-11-14 (9 days overdue), by sam

    Planned
      - Touch planned for 2026-11-30: Quarterly review with Jane
      - Initiative (active): Benchmark study for the board, due 2026-12-15, owner sam, for Jane Doe
      - Plan review on 2027-01-15

    Drift: neglected
      Next touch planned for 2026-11-30: Quarterly review with Jane
      - 114 days since the last deposit or favour; tier A promises one every 14 days
      - Ann Lee (decision maker) left on 2026-09-01, 83 days ago, and no other decision maker, champion or sponsor has been touched since: find who holds the account now
      - Promise 'send the benchmark' to Jane Doe is 9 days overdue (due 2026-11-14)
      · Reassess Bob Stone (difficult): due since 2026-10-01
      · No deposit or favour with Bob Stone yet
      · Jane Doe's career goal was never acted on: COO within two years
    """

  static let acmeMarkdown = """
    # Brief: Acme Corp (acme)

    2026-11-23

    - Tier A · owner sam · won 2025-03-01
    - Equity 15 (a year ago 9, decayed today 4.4) · last touch 2026-08-01

    ## Objectives

    - Be the board's benchmarking partner through 2028

    ## The last year

    - On 2025-12-01 a deposit (insight) added 3 points with Jane Doe.
    - On 2026-02-10 a withdrawal (mistake) cost 4 points with Bob Stone.
    - On 2026-04-01 a deposit (problem-solved) added 5 points with Jane Doe.
    - On 2026-05-01 a withdrawal (escalation) cost 2 points with Bob Stone.
    - On 2026-06-01 a favour given (introduction) added 2 points with Jane Doe.

    ## Culture

    Consensus-driven; nothing is decided in the first meeting.\\
    The board meets monthly.

    ## Do

    - Bring numbers to every review

    ## Don't

    - Criticise the previous supplier

    ## Key people

    | | Name | Role | Reassess |
    |---|---|---|---|
    | Decision makers | Jane Doe | CFO | 2026-12-01 |
    | Culture role models | Jane Doe | CFO | 2026-12-01 |
    | Difficult people | Bob Stone | Buyer | was due 2026-10-01 |

    ## People

    ### Jane Doe (jane), CFO [decision-maker, role-model]

    - **Next job:** COO within two years
    - **Measured by:** Opex reduction
    - **Worries:** Board pressure on cost
    - **How to help:** Introduce her to our benchmarking study
    - **Reassess:** 2026-12-01
    - **Last touch:** 2026-06-01, favour given (introduction)

    ### Bob Stone (bob), Buyer [difficult]

    - **Reassess:** 2026-10-01
    - **Last touch:** never

    ## People who left

    ### Ann Lee (ann), CTO [decision-maker]

    - **Left:** 2026-09-01 · Joined Vestas
    - **Last touch:** 2026-08-01, deposit (check-in)

    ## Open promises

    - send the benchmark, to Jane Doe, due 2026-11-14 (9 days overdue), by sam

    ## Planned

    - Touch planned for 2026-11-30: Quarterly review with Jane
    - Initiative (active): Benchmark study for the board, due 2026-12-15, owner sam, for Jane Doe
    - Plan review on 2027-01-15

    ## Drift: neglected

    - Next touch planned for 2026-11-30: Quarterly review with Jane
    - 114 days since the last deposit or favour; tier A promises one every 14 days
    - Ann Lee (decision maker) left on 2026-09-01, 83 days ago, and no other decision maker, champion or sponsor has been touched since: find who holds the account now
    - Promise 'send the benchmark' to Jane Doe is 9 days overdue (due 2026-11-14)
    - Reassess Bob Stone (difficult): due since 2026-10-01
    - No deposit or favour with Bob Stone yet
    - Jane Doe's career goal was never acted on: COO within two years
    """
}

/// The culture in the brief is read as the dashboard reads it (`FoldedText`): lines the
/// writer's editor wrapped are joined, a blank line starts a paragraph.
@Suite struct BriefCultureTests {
  @Test func theCultureIsFoldedAsTheDashboardFoldsIt() throws {
    var brief = try BriefFixture.brief("acme")
    #expect(
      brief.culture == ["Consensus-driven; nothing is decided in the first meeting.", "The board meets monthly."])
    #expect(brief.objectives == ["Be the board's benchmarking partner through 2028"])
    brief.culture = FoldedText.paragraphs("Lunch is where things\nget decided.\n\nNo slides.\n- never on Fridays")
    let markdown = BriefMarkdown.render(brief)
    #expect(
      markdown.contains("## Culture\n\nLunch is where things get decided.\n\nNo slides.\\\n\\- never on Fridays\n"))
    let text = BriefText.render(brief)
    #expect(text.contains("Culture\n  Lunch is where things get decided.\n\n  No slides.\n  - never on Fridays\n"))
  }
}
