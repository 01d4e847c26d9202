import Testing
import TriglotSummary
import TriglotText
@testable import TriglotKit

@Suite struct SummaryWorkflowTests {
    static let article = """
        China, Vietnam agree to deepen cooperation

        BAGAN, July 4 -- The two foreign ministers met on Monday and agreed to deepen cooperation. \
        They discussed trade and investment. The talks were friendly. Both sides praised the meeting.
        """

    @Test func theHeadlineIsTheTitleAndNeverChosen() throws {
        let summary = try SummaryWorkflow(method: AutoMethod(), length: .sentences(2)).run(Self.article)
        #expect(summary.document.title == "China, Vietnam agree to deepen cooperation")
        #expect(summary.selected.count == 2)
        #expect(!summary.sentences.contains("China, Vietnam agree to deepen cooperation"))
    }

    @Test func aGivenLanguageAndTitleAreKept() throws {
        let summary = try SummaryWorkflow(method: AutoMethod(), length: .sentences(1))
            .run(Self.article, policy: .given(.english), title: "Talks in Bagan")
        #expect(summary.document.title == "Talks in Bagan" && summary.document.policy == .given(.english))
    }

    @Test func aBadLengthIsASummaryError() {
        #expect(throws: KitError.self) { try SummaryWorkflow(method: AutoMethod(), length: .sentences(0)).run(Self.article) }
    }
}
