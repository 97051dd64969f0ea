using System.Buffers.Binary;
using GuestLoop.Web.Infrastructure.Pdf;
using GuestLoop.Web.Tests.Infrastructure;

namespace GuestLoop.Web.Tests.Features.Replies;

public sealed class TrueTypeCollectionTests
{
    [SkippableFact]
    public void A_face_taken_out_of_a_collection_is_a_truetype_font_with_all_its_tables()
    {
        var path = CjkFontResolver.Find(null);
        if (path is null)
        {
            Assert.False(TestDatabases.InCi, "CI=true but no Chinese TrueType font is installed; .ci/run installs fonts-wqy-microhei.");
            Skip.If(true, "No Chinese TrueType font installed (fonts-wqy-microhei).");
        }

        var collection = File.ReadAllBytes(path!);
        Skip.IfNot(TrueTypeCollection.IsCollection(collection), "The installed font is not a collection.");

        var face = TrueTypeCollection.ExtractFace(collection);

        Assert.Equal(0x00010000u, BinaryPrimitives.ReadUInt32BigEndian(face));
        var tables = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4));
        var tags = Enumerable.Range(0, tables).Select(i => System.Text.Encoding.ASCII.GetString(face, 12 + 16 * i, 4)).ToList();
        Assert.Contains("glyf", tags);
        Assert.Contains("cmap", tags);
        for (var i = 0; i < tables; i++)
        {
            var offset = BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(12 + 16 * i + 8));
            var length = BinaryPrimitives.ReadUInt32BigEndian(face.AsSpan(12 + 16 * i + 12));
            Assert.True(offset + length <= face.Length, $"table {tags[i]} lies outside the face");
        }
    }

    [Fact]
    public void A_plain_font_is_not_a_collection()
    {
        Assert.False(TrueTypeCollection.IsCollection([0, 1, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0]));
        Assert.Throws<InvalidDataException>(() => TrueTypeCollection.ExtractFace([0, 1, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0]));
    }
}
