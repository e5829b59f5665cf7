// Compiling nodejieba's text files into the model file, and opening it. The parsing and the
// weight arithmetic are cppjieba's (DictTrie::LoadDict, CalculateWeight, SetStaticWordWeights,
// InserUserDictNode; HMMModel::LoadModel), reusing its UTF-8 decoder and limonp's Split, so the
// weights are the same doubles it computes.
#include "model.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#ifdef _WIN32
#define NOMINMAX
#include <windows.h>
#include <cstdio>
#else
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include "cppjieba/Unicode.hpp"
#include "limonp/StringUtil.hpp"

namespace gongwen {
namespace {

constexpr uint32_t kMagic = 0x4d4a5747;  // "GWJM"
constexpr uint32_t kVersion = 1;

struct Header {
  uint32_t magic, version, nodeCount, tagCount, tagBytes, emitCount, sourceLength, reserved;
  double minWeight, medianWeight, freqSum;
  double startProb[4];
  double transProb[16];
};

size_t Pad8(size_t n) { return (n + 7) & ~size_t(7); }

// Lines as std::getline reads them (cppjieba's loaders): split on '\n' only.
std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool Decode(const std::string& word, std::vector<Rune>& runes) {
  cppjieba::Unicode unicode;
  bool ok = cppjieba::DecodeUTF8RunesInString(word, unicode);
  runes.assign(unicode.begin(), unicode.end());
  return ok;
}

class Writer {
 public:
  Writer() : bytes_(sizeof(Header)) {}
  template <class T>
  void Put(const T* data, size_t count) {
    size_t at = bytes_.size();
    bytes_.resize(at + Pad8(sizeof(T) * count));
    if (count) std::memcpy(bytes_.data() + at, data, sizeof(T) * count);
  }
  std::vector<uint8_t> Finish(const Header& header) {
    std::memcpy(bytes_.data(), &header, sizeof header);
    return std::move(bytes_);
  }

 private:
  std::vector<uint8_t> bytes_;
};

// The words of jieba.dict.utf8 in file order, weights as cppjieba computes them.
struct DictWord {
  std::vector<Rune> runes;
  double weight;
  std::string tag;
};

std::vector<DictWord> ParseDict(const std::string& dict, Header& header) {
  std::vector<DictWord> words;
  DictWord current{{}, 0.0, ""};
  std::vector<std::string> columns;
  size_t number = 0;
  for (const std::string& line : Lines(dict)) {
    number++;
    limonp::Split(line, columns, " ");
    if (columns.size() != 3) {
      throw ModelError("jieba.dict.utf8 line " + std::to_string(number) + ": expected \"word frequency tag\"");
    }
    // Like cppjieba, a word that is not UTF-8 keeps the previous line's frequency and tag
    // (counted in the sum) and enters no trie.
    if (Decode(columns[0], current.runes)) {
      current.weight = std::atof(columns[1].c_str());
      current.tag = columns[2];
    }
    words.push_back(current);
  }
  if (words.empty()) throw ModelError("jieba.dict.utf8 is empty");
  double sum = 0.0;
  for (const DictWord& word : words) sum += word.weight;
  std::vector<double> sorted;
  sorted.reserve(words.size());
  for (DictWord& word : words) {
    word.weight = std::log(double(word.weight) / sum);
    sorted.push_back(word.weight);
  }
  std::sort(sorted.begin(), sorted.end());
  header.freqSum = sum;
  header.minWeight = sorted.front();
  header.medianWeight = sorted[sorted.size() / 2];
  return words;
}

void ParseHmm(const std::string& hmm, Header& header, std::vector<Rune>& emitRunes, std::vector<double>& emitProbs) {
  std::vector<std::string> lines;
  for (std::string line : Lines(hmm)) {
    limonp::Trim(line);
    if (!line.empty() && !limonp::StartsWith(line, "#")) lines.push_back(line);
  }
  if (lines.size() < 9) throw ModelError("hmm_model.utf8: expected 9 lines of probabilities");
  std::vector<std::string> columns, pair;
  for (size_t row = 0; row < 5; row++) {
    limonp::Split(lines[row], columns, " ");
    if (columns.size() != 4) throw ModelError("hmm_model.utf8: expected 4 probabilities per line");
    for (size_t j = 0; j < 4; j++) {
      double value = std::atof(columns[j].c_str());
      if (row == 0) header.startProb[j] = value;
      else header.transProb[(row - 1) * 4 + j] = value;
    }
  }
  std::unordered_map<Rune, double> emit[4];
  std::vector<Rune> runes;
  for (size_t state = 0; state < 4; state++) {
    limonp::Split(lines[5 + state], columns, ",");
    for (const std::string& item : columns) {
      limonp::Split(item, pair, ":");
      if (pair.size() != 2 || !Decode(pair[0], runes) || runes.size() != 1) {
        throw ModelError("hmm_model.utf8: bad emission \"" + item + "\"");
      }
      emit[state][runes[0]] = std::atof(pair[1].c_str());
    }
  }
  for (const auto& map : emit)
    for (const auto& entry : map) emitRunes.push_back(entry.first);
  std::sort(emitRunes.begin(), emitRunes.end());
  emitRunes.erase(std::unique(emitRunes.begin(), emitRunes.end()), emitRunes.end());
  for (Rune rune : emitRunes) {
    for (const auto& map : emit) {
      auto found = map.find(rune);
      emitProbs.push_back(found == map.end() ? kMinDouble : found->second);
    }
  }
}

}  // namespace

std::vector<uint8_t> CompileModel(const std::string& dict, const std::string& hmm, const std::string& source) {
  Header header{};
  header.magic = kMagic;
  header.version = kVersion;
  std::vector<DictWord> words = ParseDict(dict, header);

  // A trie with nodes numbered as created; a later word replaces an earlier one (Trie::InsertNode).
  std::unordered_map<uint64_t, uint32_t> edges;
  edges.reserve(words.size() * 2);
  std::vector<Rune> runeOf(1, 0);
  std::vector<uint32_t> wordOf(1, kNone);
  for (uint32_t w = 0; w < words.size(); w++) {
    if (words[w].runes.empty()) continue;
    uint32_t node = 0;
    for (Rune rune : words[w].runes) {
      auto inserted = edges.emplace((uint64_t(node) << 32) | rune, uint32_t(runeOf.size()));
      if (inserted.second) {
        runeOf.push_back(rune);
        wordOf.push_back(kNone);
      }
      node = inserted.first->second;
    }
    wordOf[node] = w;
  }

  // Renumber breadth-first with each node's children sorted by character.
  struct Edge {
    uint32_t parent;
    Rune rune;
    uint32_t child;
  };
  std::vector<Edge> sorted;
  sorted.reserve(edges.size());
  for (const auto& edge : edges) sorted.push_back({uint32_t(edge.first >> 32), Rune(edge.first), edge.second});
  std::sort(sorted.begin(), sorted.end(),
            [](const Edge& a, const Edge& b) { return a.parent != b.parent ? a.parent < b.parent : a.rune < b.rune; });
  const uint32_t count = uint32_t(runeOf.size());
  std::vector<uint32_t> edgesFrom(count + 1, 0);
  for (const Edge& edge : sorted) edgesFrom[edge.parent + 1]++;
  for (uint32_t n = 0; n < count; n++) edgesFrom[n + 1] += edgesFrom[n];

  std::vector<uint32_t> order(1, 0);  // new number → old
  std::vector<uint32_t> firstChild(count + 1);
  for (uint32_t n = 0; n < count; n++) {
    firstChild[n] = uint32_t(order.size());
    for (uint32_t e = edgesFrom[order[n]]; e < edgesFrom[order[n] + 1]; e++) order.push_back(sorted[e].child);
  }
  firstChild[count] = count;

  std::vector<Rune> nodeRune(count);
  std::vector<double> nodeWeight(count, 0.0);
  std::vector<uint32_t> nodeTag(count, kNone);
  std::unordered_map<std::string, uint32_t> tagIds;
  std::string tagBytes;
  for (uint32_t n = 0; n < count; n++) {
    nodeRune[n] = runeOf[order[n]];
    uint32_t w = wordOf[order[n]];
    if (w == kNone) continue;
    nodeWeight[n] = words[w].weight;
    auto tag = tagIds.emplace(words[w].tag, uint32_t(tagIds.size()));
    if (tag.second) tagBytes.append(words[w].tag).push_back('\0');
    nodeTag[n] = tag.first->second;
  }

  std::vector<Rune> emitRunes;
  std::vector<double> emitProbs;
  ParseHmm(hmm, header, emitRunes, emitProbs);

  header.nodeCount = count;
  header.tagCount = uint32_t(tagIds.size());
  header.tagBytes = uint32_t(tagBytes.size());
  header.emitCount = uint32_t(emitRunes.size());
  header.sourceLength = uint32_t(source.size());
  Writer out;
  out.Put(source.data(), source.size());
  out.Put(firstChild.data(), firstChild.size());
  out.Put(nodeRune.data(), nodeRune.size());
  out.Put(nodeWeight.data(), nodeWeight.size());
  out.Put(nodeTag.data(), nodeTag.size());
  out.Put(tagBytes.data(), tagBytes.size());
  out.Put(emitRunes.data(), emitRunes.size());
  out.Put(emitProbs.data(), emitProbs.size());
  return out.Finish(header);
}

bool ModelSource(const uint8_t* bytes, size_t length, std::string& source) {
  Header header;
  if (length < sizeof header) return false;
  std::memcpy(&header, bytes, sizeof header);
  if (header.magic != kMagic || header.version != kVersion || header.sourceLength > length - sizeof header) return false;
  source.assign(reinterpret_cast<const char*>(bytes) + sizeof header, header.sourceLength);
  return true;
}

ModelBytes CopyModelBytes(const uint8_t* data, size_t length) {
  ModelBytes bytes;
  bytes.owned.resize(Pad8(length) / 8);
  if (length) std::memcpy(bytes.owned.data(), data, length);
  bytes.data = reinterpret_cast<const uint8_t*>(bytes.owned.data());
  bytes.length = length;
  return bytes;
}

#ifdef _WIN32
bool ReadModelFile(const std::string& path, ModelBytes& bytes) {
  int wide = MultiByteToWideChar(CP_UTF8, 0, path.c_str(), -1, nullptr, 0);
  std::wstring widePath(wide > 0 ? wide : 1, L'\0');
  if (wide <= 0 || !MultiByteToWideChar(CP_UTF8, 0, path.c_str(), -1, &widePath[0], wide)) return false;
  FILE* file = _wfopen(widePath.c_str(), L"rb");
  if (!file) return false;
  std::vector<uint8_t> content;
  uint8_t buffer[1 << 16];
  size_t read;
  while ((read = std::fread(buffer, 1, sizeof buffer, file)) > 0) content.insert(content.end(), buffer, buffer + read);
  std::fclose(file);
  bytes = CopyModelBytes(content.data(), content.size());
  return true;
}

void ModelBytes::Release() { owned.clear(); }
#else
bool ReadModelFile(const std::string& path, ModelBytes& bytes) {
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat info;
  void* mapping = MAP_FAILED;
  if (fstat(fd, &info) == 0 && info.st_size > 0) {
    int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
    flags |= MAP_POPULATE;  // the check reads every page anyway: fault them in at once
#endif
    mapping = mmap(nullptr, size_t(info.st_size), PROT_READ, flags, fd, 0);
  }
  close(fd);
  if (mapping == MAP_FAILED) return false;
  bytes.mapping = mapping;
  bytes.data = static_cast<const uint8_t*>(mapping);
  bytes.length = size_t(info.st_size);
  return true;
}

void ModelBytes::Release() {
  if (mapping) munmap(mapping, length);
  mapping = nullptr;
  owned.clear();
}
#endif

Model::Model(ModelBytes&& bytes, const std::string& userDict) : bytes_(std::move(bytes)) {
  try {
    Check(userDict);
  } catch (...) {
    bytes_.Release();
    throw;
  }
}

void Model::Check(const std::string& userDict) {
  const uint8_t* base = bytes_.data;
  const size_t length = bytes_.length;
  std::string source;
  if (!ModelSource(base, length, source)) throw ModelError("not a segmentation model of this version");
  const Header& header = *reinterpret_cast<const Header*>(base);
  uint64_t at = sizeof header;
  auto take = [&](uint64_t size) {
    if (size > length - at) throw ModelError("segmentation model is truncated");
    const uint8_t* section = base + at;
    at = std::min<uint64_t>(length, Pad8(at + size));
    return section;
  };
  take(header.sourceLength);
  nodeCount_ = header.nodeCount;
  const uint64_t nodes = nodeCount_;
  firstChild_ = reinterpret_cast<const uint32_t*>(take((nodes + 1) * 4));
  nodeRune_ = reinterpret_cast<const uint32_t*>(take(nodes * 4));
  nodeWeight_ = reinterpret_cast<const double*>(take(nodes * 8));
  nodeTag_ = reinterpret_cast<const uint32_t*>(take(nodes * 4));
  const char* tags = reinterpret_cast<const char*>(take(header.tagBytes));
  emitCount_ = header.emitCount;
  emitRune_ = reinterpret_cast<const Rune*>(take(uint64_t(emitCount_) * 4));
  emitProb_ = reinterpret_cast<const double*>(take(uint64_t(emitCount_) * 32));
  startProb_ = header.startProb;
  transProb_ = header.transProb;
  minWeight_ = header.minWeight;
  medianWeight_ = header.medianWeight;
  freqSum_ = header.freqSum;

  // Every child index in bounds and after its parent, children sorted: no lookup can leave
  // the arrays or loop, whatever the file holds.
  if (nodeCount_ == 0 || firstChild_[nodeCount_] != nodeCount_) throw ModelError("segmentation model: bad trie");
  for (uint32_t n = 0; n < nodeCount_; n++) {
    if (firstChild_[n] <= n || firstChild_[n] > firstChild_[n + 1]) throw ModelError("segmentation model: bad trie");
    for (uint32_t c = firstChild_[n] + 1; c < firstChild_[n + 1]; c++) {
      if (nodeRune_[c - 1] >= nodeRune_[c]) throw ModelError("segmentation model: unsorted trie");
    }
    if (nodeTag_[n] != kNone && nodeTag_[n] >= header.tagCount) throw ModelError("segmentation model: bad tag");
  }
  for (uint32_t e = 1; e < emitCount_; e++) {
    if (emitRune_[e - 1] >= emitRune_[e]) throw ModelError("segmentation model: unsorted HMM");
  }
  for (size_t start = 0; start < header.tagBytes;) {
    size_t end = start;
    while (end < header.tagBytes && tags[end]) end++;
    if (end == header.tagBytes) throw ModelError("segmentation model: bad tags");
    tagNames_.emplace_back(tags + start, end - start);
    start = end + 1;
  }
  if (tagNames_.size() != header.tagCount) throw ModelError("segmentation model: bad tags");
  for (uint32_t t = 0; t < tagNames_.size(); t++) tagIds_.emplace(tagNames_[t], t);

  rootChild_.assign(kBmp, kNone);
  for (uint32_t c = firstChild_[0]; c < firstChild_[1]; c++) {
    if (nodeRune_[c] < kBmp) rootChild_[nodeRune_[c]] = c;
  }
  emitRow_.assign(kBmp, kNone);
  for (uint32_t e = 0; e < emitCount_; e++) {
    if (emitRune_[e] < kBmp) emitRow_[emitRune_[e]] = e;
  }

  userNodes_.emplace_back();
  for (std::string line : Lines(userDict)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // a file saved with CRLF
    if (!line.empty()) AddUserWord(line);
  }
  tagX_ = TagId("x");
  tagM_ = TagId("m");
  tagEng_ = TagId("eng");
}

void Model::AddUserWord(const std::string& line) {
  std::vector<std::string> columns;
  limonp::Split(line, columns, " ");
  if (columns.empty() || columns.size() > 3) return;  // cppjieba inserts no word for these
  std::vector<Rune> runes;
  if (!Decode(columns[0], runes) || runes.empty()) return;
  double weight = medianWeight_;
  std::string tag;
  if (columns.size() == 2) tag = columns[1];
  if (columns.size() == 3) {
    weight = std::log(1.0 * std::atoi(columns[1].c_str()) / freqSum_);
    tag = columns[2];
  }
  if (runes[0] < kBmp) startsUserWord_[runes[0]] = 1;
  uint32_t node = 0;
  for (Rune rune : runes) {
    uint32_t child = UserChild(node, rune);
    if (child == kNone) {
      child = uint32_t(userNodes_.size());
      userNodes_[node].children.emplace_back(rune, child);
      userNodes_.emplace_back();
    }
    node = child;
  }
  userNodes_[node].word = uint32_t(userWeight_.size());
  userWeight_.push_back(weight);
  userTag_.push_back(TagId(tag));
}

uint32_t Model::TagId(const std::string& name) {
  auto found = tagIds_.emplace(name, uint32_t(tagNames_.size()));
  if (found.second) tagNames_.push_back(name);
  return found.first->second;
}

Entry Model::Find(const Rune* begin, const Rune* end) const {
  Cursor cursor;
  for (const Rune* rune = begin; rune != end && cursor.Alive(); rune++) cursor = Step(cursor, *rune);
  return begin != end && cursor.Alive() ? WordAt(cursor) : kNone;
}

uint32_t Model::EmitRow(Rune rune) const {
  if (rune < kBmp) return emitRow_[rune];
  const Rune* found = std::lower_bound(emitRune_, emitRune_ + emitCount_, rune);
  return found != emitRune_ + emitCount_ && *found == rune ? uint32_t(found - emitRune_) : kNone;
}

}  // namespace gongwen
