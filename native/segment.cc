// cppjieba's MixSegment::Cut and PosTagger::LookupTag over the flat model, step for step
// (PreFilter → MPSegment's DAG and dynamic programme → HMMSegment on runs of single characters
// → the tag of each word), so the words and tags equal nodejieba.tag's; test/nlp/jieba.test.ts
// compares them on the corpus. Differences are in representation only: the text is read as
// UTF-16 (a lone surrogate is U+FFFD, as Node's UTF-8 conversion made it), the DAG is not stored
// (the programme runs right to left, so each position's candidates are walked once), and the
// scratch arrays are reused by each thread instead of allocated per call.
#include <cstddef>

#include "model.h"

namespace gongwen {
namespace {

// cppjieba's SPECIAL_SEPARATORS: each is a range of its own for PreFilter.
bool IsSeparator(Rune rune) { return rune == ' ' || rune == '\t' || rune == '\n' || rune == 0xFF0C || rune == 0x3002; }

constexpr size_t kMaxWordLength = 512;  // cppjieba's MAX_WORD_LENGTH
enum { B = 0, E = 1, M = 2, S = 3 };

struct Scratch {
  std::vector<Rune> runes;
  std::vector<uint32_t> offsets;  // UTF-16 offset of each rune, and of the end
  std::vector<double> weight;  // MPSegment: best weight from each position
  std::vector<Entry> entry;  // … its first word (kNone: a single character)
  std::vector<uint32_t> wordEnd;  // … and that word's last position
  struct Word {
    size_t left, right;
    Entry entry;
  };
  std::vector<Word> words;
  std::vector<double> viterbiWeight;
  std::vector<int> viterbiPath;
  std::vector<int> status;
};

class Tagger {
 public:
  Tagger(const Model& model, Scratch& scratch, std::vector<uint32_t>& out)
      : model_(model), s_(scratch), runes_(scratch.runes.data()), out_(out) {}

  // MixSegment::Cut(begin, end, res, hmm = true) on one PreFilter range.
  void Range(size_t begin, size_t end) {
    MpCut(begin, end);
    const auto& words = s_.words;
    for (size_t i = 0; i < words.size(); i++) {
      if (words[i].left != words[i].right || model_.IsUserSingle(runes_[words[i].left])) {
        Emit(words[i].left, words[i].right, words[i].entry);
        continue;
      }
      size_t j = i;
      while (j < words.size() && words[j].left == words[j].right && !model_.IsUserSingle(runes_[words[j].left])) j++;
      HmmCut(words[i].left, words[j - 1].left + 1);
      i = j - 1;
    }
  }

 private:
  // MPSegment::Cut: Trie::Find's DAG, CalcDP and CutByDag, into s_.words.
  void MpCut(size_t begin, size_t end) {
    const size_t n = end - begin;
    s_.weight.resize(n);
    s_.entry.resize(n);
    s_.wordEnd.resize(n);
    for (size_t k = n; k-- > 0;) {
      double best = kMinDouble;
      Entry bestEntry = kNone;
      size_t bestEnd = k;
      // The candidates in Trie::Find's order: the single character (a word or not), then
      // each longer dictionary word starting here; the first of equal weights wins.
      auto consider = [&](size_t last, Entry entry) {
        double value = 0.0;
        if (last + 1 < n) value += s_.weight[last + 1];
        if (entry != kNone) value += model_.Weight(entry);
        else value += model_.MinWeight();
        if (value > best) {
          best = value;
          bestEntry = entry;
          bestEnd = last;
        }
      };
      Model::Cursor cursor = model_.Step(Model::Cursor(), runes_[begin + k]);
      consider(k, cursor.Alive() ? model_.WordAt(cursor) : kNone);
      for (size_t j = k + 1; j < n && j - k + 1 <= kMaxWordLength; j++) {
        cursor = model_.Step(cursor, runes_[begin + j]);
        if (!cursor.Alive()) break;
        Entry entry = model_.WordAt(cursor);
        if (entry != kNone) consider(j, entry);
      }
      s_.weight[k] = best;
      s_.entry[k] = bestEntry;
      s_.wordEnd[k] = uint32_t(bestEnd);
    }
    s_.words.clear();
    for (size_t k = 0; k < n;) {
      size_t last = s_.entry[k] == kNone ? k : s_.wordEnd[k];
      s_.words.push_back({begin + k, begin + last, s_.entry[k]});
      k = last + 1;
    }
  }

  // HMMSegment::Cut: ASCII letters+digits and numbers are words; other runs go to Viterbi.
  void HmmCut(size_t begin, size_t end) {
    size_t left = begin, right = begin;
    while (right != end) {
      if (runes_[right] < 0x80) {
        if (left != right) Viterbi(left, right);
        left = right;
        right = LettersEnd(left, end);
        if (right == left) right = NumberEnd(left, end);
        if (right == left) right++;
        Emit(left, right - 1, kNone);
        left = right;
      } else {
        right++;
      }
    }
    if (left != right) Viterbi(left, right);
  }

  // SequentialLetterRule: a letter, then letters and digits.
  size_t LettersEnd(size_t at, size_t end) const {
    auto letter = [](Rune x) { return ('a' <= x && x <= 'z') || ('A' <= x && x <= 'Z'); };
    if (!letter(runes_[at])) return at;
    at++;
    while (at != end && (letter(runes_[at]) || ('0' <= runes_[at] && runes_[at] <= '9'))) at++;
    return at;
  }

  // NumbersRule: a digit, then digits and dots.
  size_t NumberEnd(size_t at, size_t end) const {
    if (!('0' <= runes_[at] && runes_[at] <= '9')) return at;
    at++;
    while (at != end && (('0' <= runes_[at] && runes_[at] <= '9') || runes_[at] == '.')) at++;
    return at;
  }

  // HMMSegment::InternalCut and Viterbi, with the same arithmetic in the same order.
  void Viterbi(size_t begin, size_t end) {
    const size_t X = end - begin, Y = 4;
    auto& weight = s_.viterbiWeight;
    auto& path = s_.viterbiPath;
    weight.resize(X * Y);
    path.resize(X * Y);
    const uint32_t first = model_.EmitRow(runes_[begin]);
    for (size_t y = 0; y < Y; y++) {
      weight[y * X] = model_.StartProb(int(y)) + model_.EmitProb(int(y), first);
      path[y * X] = -1;
    }
    for (size_t x = 1; x < X; x++) {
      const uint32_t row = model_.EmitRow(runes_[begin + x]);
      for (size_t y = 0; y < Y; y++) {
        size_t now = x + y * X;
        weight[now] = kMinDouble;
        path[now] = E;
        double emit = model_.EmitProb(int(y), row);
        for (size_t preY = 0; preY < Y; preY++) {
          double value = weight[x - 1 + preY * X] + model_.TransProb(int(preY), int(y)) + emit;
          if (value > weight[now]) {
            weight[now] = value;
            path[now] = int(preY);
          }
        }
      }
    }
    int state = weight[X - 1 + E * X] >= weight[X - 1 + S * X] ? E : S;
    auto& status = s_.status;
    status.resize(X);
    for (size_t x = X; x-- > 0;) {
      status[x] = state;
      if (x > 0) state = path[x + size_t(state) * X];
    }
    size_t left = begin;
    for (size_t i = 0; i < X; i++) {
      if (status[i] % 2) {  // E or S ends a word
        Emit(left, begin + i, kNone);
        left = begin + i + 1;
      }
    }
  }

  // One word [left, right] with PosTagger::LookupTag's tag.
  void Emit(size_t left, size_t right, Entry entry) {
    if (entry == kNone) entry = model_.Find(runes_ + left, runes_ + right + 1);
    uint32_t tag = entry != kNone ? model_.Tag(entry) : kNone;
    if (tag == kNone || model_.TagIsEmpty(tag)) tag = SpecialTag(left, right);
    out_.push_back(s_.offsets[left]);
    out_.push_back(s_.offsets[right + 1]);
    out_.push_back(tag);
  }

  // PosTagger::SpecialRule: x without ASCII, m when the ASCII (of the first half) is digits.
  uint32_t SpecialTag(size_t left, size_t right) const {
    size_t size = right - left + 1, digits = 0, ascii = 0;
    for (size_t i = 0; i < size && ascii < size / 2; i++) {
      Rune rune = runes_[left + i];
      if (rune < 0x80) {
        ascii++;
        if ('0' <= rune && rune <= '9') digits++;
      }
    }
    if (ascii == 0) return model_.TagX();
    return digits == ascii ? model_.TagM() : model_.TagEng();
  }

  const Model& model_;
  Scratch& s_;
  const Rune* runes_;
  std::vector<uint32_t>& out_;
};

// This thread's scratch arrays. Not inlined: code that sees the thread_local itself looks its
// address up again (__tls_get_addr) at every use after a call, i.e. for every character.
#ifdef _MSC_VER
__declspec(noinline)
#else
__attribute__((noinline))
#endif
Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

}  // namespace

void Tag(const Model& model, const char16_t* text, size_t length, std::vector<uint32_t>& out) {
  Scratch& scratch = ThreadScratch();
  auto& runes = scratch.runes;
  auto& offsets = scratch.offsets;
  runes.clear();
  offsets.clear();
  for (size_t i = 0; i < length;) {
    offsets.push_back(uint32_t(i));
    char16_t unit = text[i];
    if (unit >= 0xD800 && unit <= 0xDBFF && i + 1 < length && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
      runes.push_back(0x10000 + ((Rune(unit) - 0xD800) << 10) + (Rune(text[i + 1]) - 0xDC00));
      i += 2;
    } else {
      runes.push_back(unit >= 0xD800 && unit <= 0xDFFF ? 0xFFFD : unit);
      i++;
    }
  }
  offsets.push_back(uint32_t(length));

  Tagger tagger(model, scratch, out);
  const size_t n = runes.size();
  for (size_t i = 0; i < n;) {  // PreFilter: each separator alone, the runs between them
    size_t end = i + 1;
    if (!IsSeparator(runes[i])) {
      while (end < n && !IsSeparator(runes[end])) end++;
    }
    tagger.Range(i, end);
    i = end;
  }
}

}  // namespace gongwen
