// The segmentation model in one flat file: nodejieba's dictionary as a trie whose nodes are
// numbered breadth-first (the children of a node are contiguous and sorted by character), the
// word weights and tags per node, and the HMM tables as arrays. Compiling it from nodejieba's
// text files takes as long as cppjieba's own loader (≈ 1 s); opening it maps the file and checks it.
// The user dictionary (20 lines a proofreader edits) is not compiled in: it is parsed at every
// load into a small second trie that overrides the first, as cppjieba inserts it after the rest.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

namespace gongwen {

using Rune = uint32_t;

constexpr uint32_t kNone = 0xFFFFFFFF;
// cppjieba's MIN_DOUBLE: the weight of "impossible" in MPSegment and the HMM.
constexpr double kMinDouble = -3.14e+100;

// Thrown for a malformed dictionary, HMM model, user dictionary or model file.
struct ModelError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// nodejieba's jieba.dict.utf8 and hmm_model.utf8 → the model file. `source` (the JS side's
// fingerprint of the two files) is stored so a stale file can be recognised.
std::vector<uint8_t> CompileModel(const std::string& dict, const std::string& hmm, const std::string& source);

// The `source` stored in a model file, or false when the bytes are not a model of this version.
bool ModelSource(const uint8_t* bytes, size_t length, std::string& source);

// A model file's bytes, 8-byte aligned: mapped from the file (POSIX), read (Windows) or copied
// from JS. Never released once a Model holds them.
struct ModelBytes {
  const uint8_t* data = nullptr;
  size_t length = 0;
  std::vector<uint64_t> owned;
  void* mapping = nullptr;
  void Release();
};
// false when the file cannot be opened. `path` is UTF-8 (a wide path on Windows).
bool ReadModelFile(const std::string& path, ModelBytes& bytes);
ModelBytes CopyModelBytes(const uint8_t* data, size_t length);

// A word's entry: a trie node of the compiled dictionary or (with kUserBit) a user word.
using Entry = uint32_t;
constexpr Entry kUserBit = 0x80000000;

class Model {
 public:
  // Checks the model file's bytes (every index in bounds), then adds the user dictionary
  // (cppjieba's format: "word [freq] [tag]" per line). Takes the bytes (released if invalid).
  Model(ModelBytes&& bytes, const std::string& userDict);

  // Walks the trie of every word (compiled and user) one character at a time.
  struct Cursor {
    uint32_t node = 0;
    uint32_t user = 0;
    bool Alive() const { return node != kNone || user != kNone; }
  };
  Cursor Step(Cursor cursor, Rune rune) const {
    Cursor next;
    next.node = cursor.node == kNone ? kNone : Child(cursor.node, rune);
    next.user = cursor.user == kNone ? kNone : UserChild(cursor.user, rune);
    return next;
  }
  // The word ending at the cursor, or kNone.
  Entry WordAt(Cursor cursor) const {
    if (cursor.user != kNone && userNodes_[cursor.user].word != kNone) return kUserBit | userNodes_[cursor.user].word;
    if (cursor.node != kNone && nodeTag_[cursor.node] != kNone) return cursor.node;
    return kNone;
  }
  Entry Find(const Rune* begin, const Rune* end) const;

  double Weight(Entry entry) const { return entry & kUserBit ? userWeight_[entry & ~kUserBit] : nodeWeight_[entry]; }
  // The tag id (index in TagNames()); tags of zero length mean "none" (cppjieba's UNKNOWN_TAG).
  uint32_t Tag(Entry entry) const { return entry & kUserBit ? userTag_[entry & ~kUserBit] : nodeTag_[entry]; }
  bool TagIsEmpty(uint32_t tag) const { return tagNames_[tag].empty(); }
  double MinWeight() const { return minWeight_; }
  // cppjieba's IsUserDictSingleChineseWord: a one-character word of the user dictionary.
  bool IsUserSingle(Rune rune) const {
    uint32_t child = UserChild(0, rune);
    return child != kNone && userNodes_[child].word != kNone;
  }

  double StartProb(int state) const { return startProb_[state]; }
  double TransProb(int from, int to) const { return transProb_[from * 4 + to]; }
  // The row of a character's emission probabilities (kNone: none), and one of them.
  uint32_t EmitRow(Rune rune) const;
  double EmitProb(int state, uint32_t row) const { return row == kNone ? kMinDouble : emitProb_[size_t(row) * 4 + state]; }

  const std::vector<std::string>& TagNames() const { return tagNames_; }
  // PosTagger's tags for words without one: x (no ASCII), m (ASCII digits only), eng.
  uint32_t TagX() const { return tagX_; }
  uint32_t TagM() const { return tagM_; }
  uint32_t TagEng() const { return tagEng_; }

 private:
  // Defined here so the segmenter's inner loop inlines them.
  uint32_t Child(uint32_t node, Rune rune) const {
    if (node == 0 && rune < kBmp) return rootChild_[rune];
    const Rune* begin = nodeRune_ + firstChild_[node];
    const Rune* end = nodeRune_ + firstChild_[node + 1];
    while (end - begin > 8) {  // binary search down to a short linear scan
      const Rune* middle = begin + (end - begin) / 2;
      if (*middle < rune) begin = middle + 1;
      else end = middle + 1;
    }
    for (; begin != end; begin++) {
      if (*begin == rune) return uint32_t(begin - nodeRune_);
    }
    return kNone;
  }
  uint32_t UserChild(uint32_t node, Rune rune) const {
    if (node == 0 && rune < kBmp && !startsUserWord_[rune]) return kNone;
    for (const auto& child : userNodes_[node].children) {
      if (child.first == rune) return child.second;
    }
    return kNone;
  }
  void Check(const std::string& userDict);
  void AddUserWord(const std::string& line);
  uint32_t TagId(const std::string& name);

  ModelBytes bytes_;
  uint32_t nodeCount_ = 0;
  const uint32_t* firstChild_ = nullptr;  // nodeCount_ + 1: children of n are [firstChild_[n], firstChild_[n + 1])
  const uint32_t* nodeRune_ = nullptr;
  const double* nodeWeight_ = nullptr;
  const uint32_t* nodeTag_ = nullptr;  // kNone: no word ends at this node
  uint32_t emitCount_ = 0;
  const Rune* emitRune_ = nullptr;  // sorted
  const double* emitProb_ = nullptr;  // 4 per rune: B, E, M, S
  const double* startProb_ = nullptr;
  const double* transProb_ = nullptr;
  double minWeight_ = 0, medianWeight_ = 0, freqSum_ = 0;
  static constexpr Rune kBmp = 0x10000;
  std::vector<uint32_t> rootChild_;  // the root's child per BMP character
  std::vector<uint8_t> startsUserWord_ = std::vector<uint8_t>(kBmp, 0);  // per BMP character
  std::vector<uint32_t> emitRow_;  // the emitRune_ index per BMP character

  struct UserNode {
    std::vector<std::pair<Rune, uint32_t>> children;
    uint32_t word = kNone;
  };
  std::vector<UserNode> userNodes_;
  std::vector<double> userWeight_;
  std::vector<uint32_t> userTag_;

  std::vector<std::string> tagNames_;
  std::unordered_map<std::string, uint32_t> tagIds_;
  uint32_t tagX_ = 0, tagM_ = 0, tagEng_ = 0;
};

// Segments and tags `text` (UTF-16) exactly as cppjieba's MixSegment::Cut + PosTagger::LookupTag:
// appends [start, end, tagId] per word in UTF-16 offsets. Tag ids are those of TagNames().
void Tag(const Model& model, const char16_t* text, size_t length, std::vector<uint32_t>& out);

}  // namespace gongwen
