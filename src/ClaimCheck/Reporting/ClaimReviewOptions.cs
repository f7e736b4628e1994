namespace ClaimCheck.Reporting;

/// <summary>Who publishes the ClaimReview output, where and when (<see cref="ClaimReviewWriter"/>).</summary>
/// <remarks>Immutable. The writer reads no clock: give <see cref="DatePublished"/> to date the reviews.</remarks>
public sealed record ClaimReviewOptions
{
    /// <summary>The author named when no <see cref="Publisher"/> is given.</summary>
    public const string DefaultPublisher = "ClaimCheck (automated cross-source comparison)";

    /// <summary>The organisation publishing the reviews: each review's <c>author</c>. Default <see cref="DefaultPublisher"/>.</summary>
    public string Publisher { get; init; } = DefaultPublisher;

    /// <summary>The publisher's web site, the author's <c>url</c>; null (the default) leaves it out.</summary>
    public Uri? PublisherUrl { get; init; }

    /// <summary>The page the reviews are published on: each review's <c>url</c> is this with <c>#</c> and the review's id
    /// ("…/flood-check#F1-2"). Null (the default): the URL of the document the reviewed claim appeared in, if known.</summary>
    public Uri? ReviewUrl { get; init; }

    /// <summary>The reviews' <c>datePublished</c>; null (the default) leaves it out.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentException"><see cref="Publisher"/> is blank, or a URL is not absolute http(s).</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Publisher))
        {
            throw new ArgumentException("The publisher must be named.", nameof(Publisher));
        }

        foreach (var (name, url) in new[] { (nameof(PublisherUrl), PublisherUrl), (nameof(ReviewUrl), ReviewUrl) })
        {
            if (url is not null && !(url.IsAbsoluteUri && url.Scheme is "http" or "https"))
            {
                throw new ArgumentException($"{name} must be an absolute http(s) URL, not '{url}'.", name);
            }
        }
    }
}
