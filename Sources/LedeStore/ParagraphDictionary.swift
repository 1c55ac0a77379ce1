/// The words paragraphs are compressed against (version 1; by zlib and by zstd alike): a
/// paragraph is too short for a compressor to learn the language from, so it starts from
/// these, as text it has just seen.
///
/// The 4 KB of words that occur most often in the bundled seed articles (three times or more;
/// source and licence lines left out), least frequent first so that the most frequent stand
/// nearest the text, joined by single spaces, with a trailing space. Frozen: paragraphs stored
/// with it can only be read with it, so a better list is a new version, never an edit.
enum ParagraphDictionary {
    static let version1: [UInt8] = Array(
        words.split(separator: "\n").joined(separator: " ").utf8) + [UInt8(ascii: " ")]

    private static let words = #"""
        declared concerns co cause attempt among always allowed aircraft address accused Zimbabwe You V
        There Syria Since Robert Organization Northern Nations Montana Kerry If Group EastMed Channel Center
        Catholic Caloundra Blasio An Adamowicz worked want voted via using upon transport territory system
        slug serve research rescue remove released release protesters proposed prison prevent per opposition
        near might included group great further film fight energy eight draft defeat currently criminal crew
        cow company buffalo born bill become became area agreed Zapata Yesterday While Trump's Texas Super
        Sunday Some November News It's Defence D Brexit Bolton After went victims support rules round
        received rally project population planned pandemic owned nation murder man loss leave leaders judge
        it's injured however groups good go full followed find emergency earlier drummer data cases attended
        Saturday Samoa Polish Park Mayor Greece G December Both won troops th successfully started stage six
        set say results previously position pollution ownership own media marriage long largest language
        know immunity household ground get general foreign few director different change border boat away
        arrest anti Rossell Mukherjee Johnson Indian Hungarian Greek French Ford Facebook Committee C At
        Assembly Arabia Al took third ten take son season parliament night never meeting left led keep join
        international date current capital came building author am already along al Washington Turkish
        Speaker One Mendez Khan Islamic General Former Cyprus British wife trade terms television station
        speech shot served scientists rights old officials noted name million me m justice involved frogs
        even economic each don't disease de coronavirus citizenship announces York Wikinews Syrian Police
        Pierluisi Native Kingdom Iraqi Iranian International For Coast Air use signed should several
        secretary resignation rates prime pipeline person number much morning live legislature issued four
        elections come children case Lam Joe His Health France Florida Department without until think sex
        saying right prorogation percent open now many life later high deaths because attacks air age again
        Senate June Boseman water unlawful today stated second ruling political national late known issues
        health gas due does debate deal continue church bin authorities Secretary March Justice Image Donald
        wrote report next network most members member mayor flight face event end decision days back attack
        across World Vanderbilt UTC UK Pelosi Paris May Iraq Cummings California African states sexual
        reports put party officers majority leader impeachment early claimed abuse They Representatives
        February EU world working within well such region must make gun following campaign another agreement
        Turkey Thursday India Baker women very used those reportedly protests presidential like how governor
        five city call July John Democratic while still says press my investigation home federal family
        countries began Supreme National August where vote through office military killed former South Rico
        Party European week place off news local elected Twitter September Prime Mugabe January Friday
        yesterday way official just election aged She Parliament minister held around Wednesday State
        Congress these security dead Union London three study statement part death Saudi Puerto COVID youth
        may found fire Monday Kong under than least day University Tuesday Iran work what some both being
        October Biden public power during between since out when she against same new law if then Minister
        It Hong you him country them suicide according up do court New us including died did down could
        called Court so last dies before more made s her told other We House our only A there announced
        According any American This year reported can president into all time police will no On its years
        over U they S or first we one after two state about who Trump would their In been US people
        government I but States He President also has are this had United were he it which an be have not
        his from said by at as with that is The for on was a in and to of the
        """#
}
