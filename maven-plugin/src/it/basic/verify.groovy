// The plugin built the site from seeds/ with the project's settings file.
File site = new File(basedir, 'site')
assert new File(site, 'index.html').isFile()
File article = new File(site, 'articles/harbour-ferry-returns-after-storm-repairs/index.html')
assert article.isFile()
assert new File(site, 'articles/harbour-ferry-returns-after-storm-repairs/index.md').isFile()
assert new File(site, 'tags/ferries/index.html').isFile()
String html = article.getText('UTF-8')
assert html.contains('<h1>Harbour ferry returns after storm repairs</h1>')
assert html.contains('Invoker Basic News')
String log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Read 1 seed')
return true
