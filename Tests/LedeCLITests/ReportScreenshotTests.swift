import Foundation
import LedeTestSupport
import Testing

/// Reports as a reader sees them: rendered by a real browser (headless Chromium) to a PNG,
/// whose pixels show that the page is not blank and that the timeline chart is drawn.
@Suite(.serialized) struct ReportScreenshotTests {
    static let browserCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
    static let browser = browserCandidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    /// The screen a report is drawn on: wide enough for the page, tall enough for the first chart.
    static let windowSize = "1000,1400"
    /// The colour of the first series' bars in a report's charts.
    static let barColour = PNGImage.Pixel(red: 0x2F, green: 0x6F, blue: 0xA8)
    /// Anti-aliasing and colour handling may move a channel a little.
    static let colourTolerance = 8
    /// Pixels of bar colour that only drawn bars give (a link or a line of text gives far fewer).
    static let minimumBarPixels = 4_000
    /// A blank page has no ink; a report's first screen has text on a few per cent of it.
    static let minimumInkShare = 0.01

    /// Renders `session` as an HTML report and screenshots it; nil (with a message) when no
    /// browser is installed.
    func screenshot(of session: String, in folder: String) throws -> PNGImage? {
        guard let browser = Self.browser else {
            print("skipped: no Chromium (\(Self.browserCandidates.joined(separator: ", "))); .ci/run installs Debian's chromium")
            return nil
        }
        let report = try LedeBinary.run(["report", Fixtures.sessions + "/" + session, "-o", folder + "/report.html"], in: folder)
        #expect(report.status == 0, "\(report.stderr)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=" + folder + "/browser",
            "--window-size=" + Self.windowSize, "--screenshot=" + folder + "/report.png", "file://" + folder + "/report.html",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try PNGImage(contentsOf: folder + "/report.png")
    }

    func inkShare(_ image: PNGImage) -> Double {
        let white = PNGImage.Pixel(red: 255, green: 255, blue: 255)
        return Double(image.pixels.count - image.count(of: white, tolerance: Self.colourTolerance)) / Double(image.pixels.count)
    }

    @Test func aTimelineReportRendersWithItsChartDrawn() throws {
        let folder = Fixtures.temporaryDirectory()
        guard let image = try screenshot(of: "04-timeline.lede", in: folder) else { return }
        #expect(image.width == 1000 && image.height == 1400)
        #expect(inkShare(image) > Self.minimumInkShare)
        #expect(image.count(of: Self.barColour, tolerance: Self.colourTolerance) > Self.minimumBarPixels)
    }

    @Test func aReportWithoutChartsHasNoBars() throws {
        // The other side of the check above: a page of tables shows text but no bar colour.
        let folder = Fixtures.temporaryDirectory()
        guard let image = try screenshot(of: "01-articles.lede", in: folder) else { return }
        #expect(inkShare(image) > Self.minimumInkShare)
        #expect(image.count(of: Self.barColour, tolerance: Self.colourTolerance) < Self.minimumBarPixels / 10)
    }
}

/// The PNG reader the screenshot tests rely on, on an image made here.
@Suite struct PNGImageTests {
    @Test func aDamagedOrForeignFileIsRefused() {
        #expect(throws: PNGImage.Problem.notPNG) { try PNGImage(data: Array("GIF89a....".utf8)) }
        #expect(throws: PNGImage.Problem.self) { try PNGImage(data: PNGImage.signatureForTests + [0, 0, 0, 13]) }
    }
}
