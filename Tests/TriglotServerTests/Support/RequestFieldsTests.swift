import Testing
@testable import TriglotServer

struct RequestFieldsTests {
    private func fields(_ text: String, known: Set<String> = ["text", "sentences", "names", "to"]) throws(ServerError) -> RequestFields {
        try RequestFields(Array(text.utf8), known: known)
    }

    @Test func readsTypedFields() throws {
        let request = try fields(#"{"text": "Hà Nội <b>", "sentences": 3, "names": true, "to": ["zh", "vi"]}"#)
        #expect(try request.string("text") == "Hà Nội <b>")
        #expect(try request.optionalInt("sentences", in: 1...10) == 3)
        #expect(try request.bool("names", default: false))
        #expect(try request.languages("to") == [.chinese, .vietnamese])
    }

    @Test func namesTheFieldThatIsWrong() {
        #expect { try fields(#"{"text": 3}"#).string("text") } throws: { error in
            (error as? ServerError)?.code == "invalid_request" && "\(error)".contains("\"text\"")
        }
        #expect { try fields(#"{"txt": "a"}"#) } throws: { error in
            (error as? ServerError)?.code == "invalid_request" && "\(error)".contains("unknown field \"txt\"")
        }
        #expect { try fields(#"{"sentences": 0}"#).optionalInt("sentences", in: 1...10) } throws: { error in
            "\(error)".contains("from 1 to 10")
        }
        #expect { try fields(#"{"text": "a"}"#).string("missing") } throws: { error in "\(error)".contains("missing field") }
    }

    @Test func invalidUTF8GivesItsOffset() {
        #expect { try RequestFields([0x7B, 0x22, 0xC3, 0x28, 0x22, 0x7D], known: []) } throws: { error in
            guard case let .invalidUTF8(offset)? = error as? ServerError else { return false }
            return offset == 2
        }
    }

    @Test func malformedJSONGivesItsPosition() {
        #expect { try fields("{\"text\": \"a\",\n }") } throws: { error in
            (error as? ServerError)?.code == "invalid_json" && "\(error)".contains("line 2")
        }
        #expect { try fields("[1, 2]") } throws: { error in (error as? ServerError)?.code == "invalid_json" }
        #expect { try fields("") } throws: { error in (error as? ServerError)?.code == "invalid_json" }
    }
}
