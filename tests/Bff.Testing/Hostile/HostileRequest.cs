namespace Bff.Testing;

/// <summary>One hostile request of the corpus (<see cref="HostileCorpus"/>).</summary>
/// <param name="Name">What it is, as a failure names it.</param>
/// <param name="Create">A fresh request each time it is sent (a request message is sent once).</param>
/// <param name="MayAnswerData">
/// True when the request is legal and cheap once measured properly (a fragment fan-out), so a 200 with data is a right
/// answer too; otherwise only a GraphQL error or a 4xx is.
/// </param>
public sealed record HostileRequest(string Name, Func<HttpRequestMessage> Create, bool MayAnswerData = false)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
