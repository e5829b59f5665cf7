// A minimal N-API binding over cppjieba (the C++ library inside nodejieba) that does only what
// the linter needs: segment and POS-tag text. nodejieba's own load() builds the dictionary trie
// and HMM model twice (for Jieba and for TextRankExtractor) and returns every word as a JS
// object with two strings; this binding builds them once and returns one flat Uint32Array of
// [start, end, tagId] triples in UTF-16 offsets, so JS never searches for a word in the text.
// The model is read-only once built, so one copy per process serves every worker thread. It is
// built on a background thread, so the caller can go on (loading rules, parsing the document)
// while it builds; tag() waits for it.
#include <napi.h>

#include <future>
#include <mutex>
#include <thread>
#include <string>
#include <unordered_map>
#include <vector>

#include "cppjieba/DictTrie.hpp"
#include "cppjieba/HMMModel.hpp"
#include "cppjieba/MixSegment.hpp"

namespace {

struct Segmenter {
  cppjieba::DictTrie trie;
  cppjieba::HMMModel model;
  cppjieba::MixSegment mix;
  Segmenter(const std::string& dict, const std::string& hmm, const std::string& user)
      : trie(dict, user), model(hmm), mix(&trie, &model) {}
};

// Process-wide and never freed: worker threads may still use it while the process exits.
std::mutex loadMutex;
std::shared_future<const Segmenter*> model;

// Tag names by id, shared by all threads, so ids handed to one worker mean the same in another.
std::mutex tagsMutex;
std::vector<std::string> tagNames;
std::unordered_map<std::string, uint32_t> tagIds;

uint32_t SharedTagId(const std::string& tag) {
  std::lock_guard<std::mutex> lock(tagsMutex);
  auto found = tagIds.find(tag);
  if (found != tagIds.end()) return found->second;
  uint32_t id = static_cast<uint32_t>(tagNames.size());
  tagNames.push_back(tag);
  tagIds.emplace(tag, id);
  return id;
}

// Each thread remembers the ids it has seen (a few dozen tags), so workers tagging side by side
// do not contend for the lock on every word.
uint32_t TagId(const std::string& tag) {
  thread_local std::unordered_map<std::string, uint32_t> seen;
  auto found = seen.find(tag);
  if (found != seen.end()) return found->second;
  uint32_t id = SharedTagId(tag);
  seen.emplace(tag, id);
  return id;
}

// UTF-16 code units of the UTF-8 bytes [from, to): one per character, two for a 4-byte one.
uint32_t Utf16Units(const std::string& text, size_t from, size_t to) {
  uint32_t units = 0;
  for (size_t i = from; i < to; i++) {
    unsigned char byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) != 0x80) units += byte >= 0xF0 ? 2 : 1;
  }
  return units;
}

// load(dictPath, hmmPath, userDictPath) starts building the model on a detached thread (so an
// early exit does not wait for it), once per process; later calls do nothing. The caller checks
// the files exist, since cppjieba aborts the process on a missing one.
Napi::Value Load(const Napi::CallbackInfo& info) {
  std::lock_guard<std::mutex> lock(loadMutex);
  if (!model.valid()) {
    std::promise<const Segmenter*> built;
    model = built.get_future().share();
    std::thread(
        [](std::promise<const Segmenter*> promise, std::string dict, std::string hmm, std::string user) {
          promise.set_value(new Segmenter(dict, hmm, user));
        },
        std::move(built), info[0].As<Napi::String>().Utf8Value(), info[1].As<Napi::String>().Utf8Value(),
        info[2].As<Napi::String>().Utf8Value())
        .detach();
  }
  return info.Env().Undefined();
}

// tag(text) → Uint32Array [start, end, tagId, …] over the whole text, in order.
Napi::Value Tag(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::shared_future<const Segmenter*> loading;
  {
    std::lock_guard<std::mutex> lock(loadMutex);
    loading = model;
  }
  if (!loading.valid()) {
    Napi::Error::New(env, "segmenter not loaded").ThrowAsJavaScriptException();
    return env.Undefined();
  }
  const Segmenter* segmenter = loading.get();
  const std::string text = info[0].As<Napi::String>().Utf8Value();
  std::vector<cppjieba::Word> words;
  segmenter->mix.Cut(text, words, true);
  Napi::Uint32Array out = Napi::Uint32Array::New(env, words.size() * 3);
  size_t byte = 0;
  uint32_t unit = 0;
  for (size_t i = 0; i < words.size(); i++) {
    const cppjieba::Word& word = words[i];
    unit += Utf16Units(text, byte, word.offset);
    byte = word.offset + word.word.size();
    uint32_t length = Utf16Units(text, word.offset, byte);
    out[i * 3] = unit;
    out[i * 3 + 1] = unit + length;
    out[i * 3 + 2] = TagId(segmenter->mix.LookupTag(word.word));
    unit += length;
  }
  return out;
}

// The names of the tag ids handed out so far (the list only grows).
Napi::Value Tags(const Napi::CallbackInfo& info) {
  std::lock_guard<std::mutex> lock(tagsMutex);
  Napi::Array out = Napi::Array::New(info.Env(), tagNames.size());
  for (size_t i = 0; i < tagNames.size(); i++) out.Set(static_cast<uint32_t>(i), tagNames[i]);
  return out;
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  exports.Set("load", Napi::Function::New(env, Load));
  exports.Set("tag", Napi::Function::New(env, Tag));
  exports.Set("tags", Napi::Function::New(env, Tags));
  return exports;
}

}  // namespace

NODE_API_MODULE(segmenter, Init)
