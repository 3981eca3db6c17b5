"""The format's version and limits: plain constants that reading a file needs (the schema is in jmap.io.schema)."""

FORMAT_MARKER = "jmap"
FORMAT_VERSION = 1
#: Collections added by a minor version -> that version. A file holds such a collection
#: only when it is not empty, and says the minor version it needs (0 when it has none),
#: so maps without votes stay byte for byte what jmap 1.0 wrote. Pictures (minor version 2)
#: come with the optional ``picture`` field of notes and touchpoints.
MINOR_COLLECTIONS = {"votes": 1, "pictures": 2}
FORMAT_MINOR = max(MINOR_COLLECTIONS.values())  # the newest minor version this jmap reads and writes
#: Pictures in one map, and bytes of all its pictures together (before base64); the
#: other picture limits are in jmap.io.pictures.
MAX_PICTURES = 500
MAX_TOTAL_PICTURE_BYTES = 22 * 1024 * 1024

#: Limits a file must stay within (see docs/file-format.md).
MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_ITEMS = 50_000  # per collection
MAX_STRING = 20_000  # characters in one text field
MAX_LIST_STRINGS = 200  # entries in a persona's goals, needs...
MAX_ID = 64
MAX_EXTRA_DEPTH = 32
#: JSON objects and arrays in one file, checked before parsing: 32 MB of "[{},{},..."
#: would otherwise become ~11 million dicts (close to 1 GB of memory).
MAX_CONTAINERS = 2_000_000
#: JSON values of any kind (numbers, texts, true/false/null, objects, lists) in one file,
#: checked before parsing: 32 MB of "1,1,1,..." would otherwise become 16.7 million list
#: entries (1.4 GB and 12 s). A file written by jmap holds at most one value per ~17 bytes,
#: under 2 million at the size limit.
MAX_VALUES = 3_000_000

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$"
#: A map's own id: empty, or an id.
MAP_ID_PATTERN = r"^([A-Za-z0-9][A-Za-z0-9_.:-]*)?$"
#: Characters in the path of a linked map.
MAX_PATH = 4096
COLOUR_PATTERN = r"^(#[0-9A-Fa-f]{6})?$"
#: A picture's SHA-256, in lowercase hex.
SHA256_PATTERN = r"^[0-9a-f]{64}$"
