using System.Net;
using Bff.GraphQL.EndToEndTests.TestSupport;
using static Bff.GraphQL.EndToEndTests.TestSupport.GraphQLHttpClientExtensions;

namespace Bff.GraphQL.EndToEndTests.Http;

/// <summary>Accept negotiation and the status codes that follow from the chosen media type.</summary>
public sealed class NegotiationTests(GraphQLTestServer server) : IClassFixture<GraphQLTestServer>
{
    private readonly HttpClient client = server.Client;

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html, application/json;q=0.8", Json)]
    public async Task ResponseMediaTypeFollowsTheAcceptHeader(string? accept, string expected)
    {
        var response = await client.PostGraphQLAsync(new { query = "{ __typename }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    public async Task UnacceptableAcceptHeaderGets406(string accept)
    {
        var response = await client.PostGraphQLAsync(new { query = "{ __typename }" }, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Contains("Accept must allow", response.ErrorMessages.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ product(id: ", "Syntax Error")]
    [InlineData("{ nope }", "Cannot query field \"nope\" on type \"Query\".")]
    public async Task DocumentErrorsAre400WithGraphQLResponseJsonAnd200WithJson(string query, string message)
    {
        var strict = await client.PostGraphQLAsync(new { query }, GraphQLResponse);
        var legacy = await client.PostGraphQLAsync(new { query }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.False(strict.HasData);
        Assert.False(legacy.HasData);
        Assert.StartsWith(message, strict.ErrorMessages.Single(), StringComparison.Ordinal);
        Assert.Equal(strict.ErrorMessages, legacy.ErrorMessages);
    }

    [Fact]
    public async Task VariableCoercionErrorsAre400WithGraphQLResponseJsonAnd200WithJson()
    {
        var body = new { query = "query($id: ID!) { product(id: $id) { id } }", variables = new { id = (string?)null } };
        var strict = await client.PostGraphQLAsync(body, GraphQLResponse);
        var legacy = await client.PostGraphQLAsync(body, Json);

        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal("Variable \"$id\" of non-null type \"ID!\" must not be null.", strict.ErrorMessages.Single());
    }

    [Fact]
    public async Task FieldErrorsWithPartialDataAre200WhateverTheMediaType()
    {
        var response = await client.PostGraphQLAsync(new { query = "{ failing holder { id } matrix }" }, GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["This field always fails."], response.ErrorMessages);
        Assert.Equal(4, response.Data.GetProperty("matrix").GetArrayLength());
    }
}
