"""The Scrapy project and the pure extraction code of bawaslu-archive."""
