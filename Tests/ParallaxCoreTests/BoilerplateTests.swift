import Testing
@testable import ParallaxCore

/// Page furniture is recognised by its shape; ordinary sentences about the same words are not.
struct BoilerplateTests {
    @Test(arguments: [
        "See also  Something else happened elsewhere", "Share.", "Share this article", "Read the full article here",
        "Exit mobile version", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
        "Latest updates", "View 2 more stories", "Our standards: The Thomson Reuters Trust Principles.",
        "Stay informed with free updates", "Sign up for our daily newsletter", "Advertisement", "Skip to content",
        "Read more: Why markets fell", "Related: The week in review", "Facebook | Twitter | Email", "12 comments",
        "© 2024 Example News. All rights reserved.", "https://example.org/a/b", "Continue reading the full story",
        "This article was originally published by Example Wire.", "Most Read", "More from Example Times",
        "FILE PHOTO: A man walks past a bank branch in Beijing, China, May 3, 2024. REUTERS/Tingshu Wang/File Photo",
        "Image source, Getty Images", "Image caption, The minister arrived on Friday", "(Photo by Jane Doe/AFP via Getty Images)",
        "Listen to this article", "5 min read", "Follow Example News on Twitter", "Get the latest headlines in your inbox",
        "Explore more on these topics", "Related Topics", "Tags: China, Russia", "(END)",
        "A version of this article appears in print on April 27, 2024, Section A, Page 1 of the New York edition with the headline: Blinken Meets Xi.",
        "Why you can trust Example News", "Reuse this content", "CLICK HERE TO GET THE EXAMPLE NEWS APP",
        "Most Read from Example News", "Read Next", "Story continues", "Advertisement · Scroll to continue", "Link Copied!",
        "Ad Feedback", "Click to share on X (Opens in new window)", "Follow Example's coverage of the war at https://example.org",
        "For more articles like this, please visit us at example.com",
        "We use cookies to improve your experience on our site.", "Please enable JavaScript to view the comments.",
        "Loading...", "Trending Now", "Sign in", "Terms of Service | Privacy Policy | Contact Us",
        "Thank you for reading Example News.", "You have reached your limit of free articles this month.",
        "Download the Example News app for breaking news alerts",
    ])
    func furnitureIsRecognised(line: String) {
        #expect(BoilerplateRules.classify(line) != nil, "\(line)")
    }

    @Test(arguments: [
        "Share prices fell sharply after the announcement, traders said.",
        "Readers can sign up for the program starting next week, the ministry said in a statement.",
        "The newsletter reported that the company had missed its targets for the third year running.",
        "Copyright lawsuits against AI companies have multiplied this year.",
        "See you in court, the lawyer told reporters outside the building on Tuesday.",
        "Advertisement spending rose 4% in the quarter, the company said.",
        "Topics discussed included trade, security and climate.",
        "Photographs of the meeting were not released, officials said.",
        "The end of the talks came abruptly on Friday.",
        "Follow-up talks are expected next month in Geneva, diplomats said.",
        "Images released by the ministry showed damaged buildings in the port city.",
        "Loading of the grain ships resumed on Monday at the port of Odesa.",
        "Trending data showed prices rising for a third month, economists said.",
        "Privacy policy changes at the company drew criticism from regulators in Brussels on Thursday.",
        "Thank you, the minister said, before leaving the stage to applause.",
    ])
    func sentencesAreNotFurniture(line: String) {
        #expect(BoilerplateRules.classify(line) == nil, "\(line)")
    }

    @Test func theHeadlinesListedUnderAMostReadHeadingAreFurniture() {
        let article = TestSupport.parse("""
        Markets Slide As Rates Rise

        Most Read from Example News

        Storm Hits Coast As Thousands Flee

        Why Your Rent Keeps Going Up

        (Example) -- Stocks fell on Friday as bond yields rose to their highest level this year.

        Investors sold technology shares.

        To contact the reporter on this story: Jane Doe in New York at jdoe@example.com
        """)
        #expect(article.metadata.titleText == "Markets Slide As Rates Rise")
        #expect(article.body.map(\.text) == ["(Example) -- Stocks fell on Friday as bond yields rose to their highest level this year.",
                                             "Investors sold technology shares."])
        #expect(article.boilerplate.map(\.text).prefix(3) == ["Most Read from Example News", "Storm Hits Coast As Thousands Flee",
                                                               "Why Your Rent Keeps Going Up"])
    }

    @Test func aCommentFormEndsTheArticle() {
        let article = TestSupport.parse("""
        Headline Of The Story

        The story itself has a sentence.

        Leave a Reply

        Name

        Email

        Website
        """)
        #expect(article.body.map(\.text) == ["The story itself has a sentence."])
        #expect(article.boilerplate.count == 4)
    }

    @Test func junkKeepsItsKindForTheToggle() {
        let article = TestSupport.parse("Title Here\n\nBody sentence one.\n\nSee also: another story\n\nBody sentence two.\n")
        #expect(article.boilerplate.map(\.role) == [.boilerplate(.relatedLinks)])
        #expect(article.paragraphs.count == 4)
    }
}
