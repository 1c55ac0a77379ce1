@testable import LedeQuery
import Testing

@Suite struct SpeakerIdentityTests {
    @Test func aSurnameJoinsTheOneFullNameEndingInIt() {
        let owners = SpeakerIdentity.fullNames(forSurnamesIn: ["trump", "donald trump", "may", "theresa may", "smith", "john smith", "jane smith"])
        #expect(owners == ["trump": "donald trump", "may": "theresa may"])
    }

    @Test func aSourceDescribedInAPhraseIsNoFullName() {
        let owners = SpeakerIdentity.fullNames(forSurnamesIn: ["npr", "projections by cnn and npr", "study", "the study", "hamza", "mahmoud al hamza"])
        #expect(owners == ["hamza": "mahmoud al hamza"])
        let bodies = SpeakerIdentity.fullNames(forSurnamesIn: ["police", "british transport police", "county", "cook county"])
        #expect(bodies.isEmpty)
        // A surname that is also a head word still joins a first name and it.
        #expect(SpeakerIdentity.fullNames(forSurnamesIn: ["hall", "richard hall"]) == ["hall": "richard hall"])
    }

    @Test func joinsNameTheirKeysByPlace() {
        let keys = ["donald trump", "jane smith", "john smith", "smith", "trump", "kerry"]
        #expect(SpeakerIdentity.surnameJoins(in: keys) == [SurnameJoin(surname: 4, owner: 0)])
        // The same full name twice is two candidates: the surname stays apart, as it did.
        #expect(SpeakerIdentity.surnameJoins(in: ["may", "theresa may", "theresa may"]).isEmpty)
    }

    @Test func thousandsOfKeysJoinAsAFewDo() {
        // Enough keys that many share a slot of the table that finds surnames alone.
        let surnames = (0..<3_000).map { "surname\($0)" } + ["łukaszewicz", "ørsted"]
        let keys = surnames.flatMap { [$0, "anna \($0)"] } + ["jan ørsted"]
        let joins = SpeakerIdentity.surnameJoins(in: keys)
        #expect(joins.count == surnames.count - 1)
        #expect(joins.allSatisfy { keys[$0.owner] == "anna " + keys[$0.surname] })
        #expect(SpeakerIdentity.fullNames(forSurnamesIn: keys)["łukaszewicz"] == "anna łukaszewicz")
        #expect(SpeakerIdentity.fullNames(forSurnamesIn: keys)["ørsted"] == nil)
    }
}
